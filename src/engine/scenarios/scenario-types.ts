/**
 * An STS scenario: a few calls in order, as named principals or as credentials saved from an
 * earlier step, with what AWS answers at each step and where that behaviour comes from.
 */
export interface StsScenario {
  name: string
  /** Where the expected behaviour comes from: a doc page, an issue thread, a recorded response. */
  source: string
  /** Changes to the demo world for this scenario (merged over a copy of it), e.g. an organization. */
  world?: Record<string, unknown>
  steps: ScenarioStep[]
}

export type ScenarioStep = CallStep | { advanceSeconds: number }

export interface CallStep {
  /** alice, bob, root, production-root, vendor-bot, or the name a previous step saved credentials under. */
  as: string
  action: string
  /** Query parameters; strings may be "$mfa(alice)" for alice's current TOTP code. */
  parameters?: Record<string, unknown>
  host?: string
  region?: string
  /** Save the credentials this step returns under a name. */
  save?: string
  expect: {
    status: number
    code?: string
    message?: string
    /** Element name → exact text, or "/regex/" to match. */
    elements?: Record<string, string>
    /** Elements that must not appear. */
    absent?: string[]
    /** The id of the check that decided. */
    decidedBy?: string
  }
}
