import type { WebCrypto } from '../deps.ts'
import type { SimulatedIdTokenResult } from '../idp/oidc-idp.ts'
import type { SimulatedSamlResult } from '../idp/saml-idp.ts'
import type { World } from '../world/world-schema.ts'
import type { CallerKind } from './comparison-types.ts'
import type { ExperimentRunner } from './experiment-runner.ts'
import type { IssuedCallers } from './issue-callers.ts'
import type { FollowUps } from './row-facts.ts'
import type { ResolvedSubjects } from './subjects.ts'

/** What every row is computed with. */
export interface RowContext {
  runner: ExperimentRunner
  world: World
  subjects: ResolvedSubjects
  issued: IssuedCallers
  followUps: FollowUps
  webCrypto?: WebCrypto
  signIns: FederationSignIns
}

/** The simulated IdPs' answers, being signed while the first rows are computed. */
export interface FederationSignIns {
  saml?: Promise<SimulatedSamlResult>
  idToken?: Promise<SimulatedIdTokenResult>
}

/** The callers every "Who can call" cell is tried with, in the order AWS's table names them. */
export const ALL_CALLERS: readonly CallerKind[] = ['iam-user', 'root', 'role-session', 'federated-user', 'session-token', 'unsigned']

/** Experiment ids without duplicates, in first-seen order. */
export function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}
