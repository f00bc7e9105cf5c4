import type { IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import type { World } from '../world/world-schema.ts'
import { gridRow } from './grid-row.ts'
import { gridSetup } from './grid-setup.ts'
import type { GridRequest, GridResult } from './intersection-types.ts'
import { selectActions } from './select-actions.ts'

/**
 * The policy-intersection grid (issue [10]): for one caller and the selected actions, what each
 * policy layer says (IAM User Guide, "Policy evaluation logic": SCPs and RCPs, the resource-based
 * policy, identity-based policies, the permissions boundary, session policies) and the engine's
 * decision. Statements are judged once for every action (layer-statements.ts) and each row decided
 * by policy/decide.ts, as authorize() decides it. Never throws; never changes the world.
 */
export function intersectionGrid(engine: { world: World; sessionKey: Uint8Array }, request: GridRequest, nowMs: number, catalogue: IamCatalogue): GridResult {
  const selected = selectActions(catalogue, request.actions)
  if (!selected.ok) return { ok: false, reason: 'bad-selection', detail: selected.detail }
  const setup = gridSetup(engine, request, nowMs, catalogue)
  if (!setup.ok) return setup
  return {
    ok: true,
    caller: setup.caller,
    resourceAccount: setup.context.resourceAccount,
    crossAccount: setup.facts.crossAccount,
    rows: selected.actions.map((entry) => gridRow(setup, entry)),
    hypothetical: setup.policies.hypothetical,
    whatIfProblems: setup.policies.whatIfProblems,
  }
}
