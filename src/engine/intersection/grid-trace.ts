import { credentialRestriction } from '../authorization/credential-restrictions.ts'
import { authorize, type Decision } from '../policy/authorize.ts'
import type { IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import type { World } from '../world/world-schema.ts'
import { authorizationInput } from './grid-policies.ts'
import { gridSetup } from './grid-setup.ts'
import type { GridRequest, GridTraceResult } from './intersection-types.ts'
import { selectActions } from './select-actions.ts'

/**
 * The statement-level trace behind one row: the policy engine's full decision (authorize(), every
 * layer's trace) for the request's single action, on the same layers as the grid (what-if included).
 * With no resource (or `*`) the trace matches Resource elements against `*`, where the grid
 * counts a statement whatever its Resource.
 */
export function gridTrace(engine: { world: World; sessionKey: Uint8Array }, request: GridRequest, nowMs: number, catalogue: IamCatalogue): GridTraceResult {
  const selected = selectActions(catalogue, request.actions)
  if (!selected.ok) return { ok: false, reason: 'bad-selection', detail: selected.detail }
  const [entry, ...more] = selected.actions
  if (!entry || more.length > 0) return { ok: false, reason: 'bad-selection', detail: 'A trace is for one action: select exactly one.' }
  const setup = gridSetup(engine, request, nowMs, catalogue)
  if (!setup.ok) return setup
  const decision = authorize(authorizationInput(setup.policies, { ...setup.context, action: entry.action }))
  const restriction = credentialRestriction(setup.subject.session, entry.action)
  if (!restriction) return { ok: true, action: entry.action, resource: setup.resourceArn, decision }
  // As the probe reports it: the kind of credentials denies before any policy (authorization/credential-restrictions.ts); the policies' trace stays readable.
  const denied: Decision = { result: 'ExplicitDeny', reason: restriction.why, deniedBy: 'credentials', layers: decision.layers }
  return { ok: true, action: entry.action, resource: setup.resourceArn, decision: denied }
}
