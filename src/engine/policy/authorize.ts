import { evaluatePolicy, type PolicyTrace } from './evaluate-statement.ts'
import { quickVerdict } from './compiled-policy.ts'
import { decide, reasonFor, type LayerVerdicts, type VerdictDecision } from './decide.ts'
import type { LayerName } from './layers.ts'
import type { Policy } from './policy-types.ts'
import type { PrincipalMatchKind } from './principal-match.ts'
import type { RequestContext } from './request-context.ts'

/** Every policy that can apply to one request, by layer. An absent layer does not apply. */
export interface AuthorizationInput {
  context: RequestContext
  /** The principal's identity-based policies (a role session: the role's; a federated user: the IAM user's). Root has none and needs none. */
  identity?: readonly Policy[]
  /** The principal's permissions boundary, if one is set. */
  boundary?: Policy
  /**
   * Session policies, when the principal is a session that has them. An empty list is a session
   * with no session policy where one is required (GetFederationToken): it allows nothing.
   */
  session?: readonly Policy[]
  /** The resource's policy: for AssumeRole*, the role's trust policy. */
  resource?: Policy
  /** Trust and key policies must allow explicitly, even within one account. */
  resourceMustAllow?: boolean
  /** SCPs of the principal's account, one list per level from the root to the account; each level must allow. */
  scps?: readonly (readonly Policy[])[]
  /** RCPs of the resource's account, by level likewise. */
  rcps?: readonly (readonly Policy[])[]
}

export interface LayerTrace {
  layer: LayerName
  /** allow: some policy allows; deny: a Deny applies; none: nothing in this layer allows. */
  verdict: 'allow' | 'deny' | 'none'
  policies: PolicyTrace[]
}

/** The decision, in AWS's words ("because no session policy allows the s3:GetObject action"), and every layer's trace. */
export interface Decision extends VerdictDecision {
  layers: LayerTrace[]
}

function trace(layer: LayerName, policies: readonly Policy[], context: RequestContext): LayerTrace {
  const traces = policies.map((policy) => evaluatePolicy(policy, context))
  return {
    layer,
    verdict: traces.some((t) => t.denies) ? 'deny' : traces.some((t) => t.allows) ? 'allow' : 'none',
    policies: traces,
  }
}

/** For SCPs and RCPs: a level with no allowing policy blocks, whatever the other levels say. */
function traceLevels(layer: LayerName, levels: readonly (readonly Policy[])[], context: RequestContext): LayerTrace {
  const perLevel = levels.map((level) => trace(layer, level, context))
  const verdict = perLevel.some((t) => t.verdict === 'deny') ? 'deny' : perLevel.every((t) => t.verdict === 'allow') ? 'allow' : 'none'
  return { layer, verdict, policies: perLevel.flatMap((t) => t.policies) }
}

type Verdict = 'allow' | 'deny' | 'none'

function quickLayer(policies: readonly Policy[], context: RequestContext): { verdict: Verdict; grants: PrincipalMatchKind[] } {
  let allows = false
  const grants: PrincipalMatchKind[] = []
  for (const policy of policies) {
    const verdict = quickVerdict(policy, context)
    if (verdict.denies) return { verdict: 'deny', grants }
    if (verdict.allows) allows = true
    grants.push(...verdict.grants)
  }
  return { verdict: allows ? 'allow' : 'none', grants }
}

function quickLevels(levels: readonly (readonly Policy[])[], context: RequestContext): Verdict {
  const verdicts = levels.map((level) => quickLayer(level, context).verdict)
  return verdicts.includes('deny') ? 'deny' : verdicts.every((v) => v === 'allow') ? 'allow' : 'none'
}

/** Which grant of a resource policy counts when several statements allow: the one that names the caller most directly. */
export const GRANT_ORDER: readonly PrincipalMatchKind[] = ['user', 'role-session', 'federated-user', 'anyone', 'service', 'federated', 'role', 'federating-user', 'account']

/** The full, explained trace of every layer that applies: what the Why panel and the layer grid show. */
export function traceLayers(input: AuthorizationInput): LayerTrace[] {
  const { context } = input
  const isIamIdentity = IAM_IDENTITIES.includes(context.principal.type)
  return [
    input.scps ? traceLevels('scp', input.scps, context) : undefined,
    input.rcps ? traceLevels('rcp', input.rcps, context) : undefined,
    input.resource ? trace('resource', [input.resource], context) : undefined,
    isIamIdentity ? trace('identity', input.identity ?? [], context) : undefined,
    input.boundary && isIamIdentity ? trace('boundary', [input.boundary], context) : undefined,
    input.session ? trace('session', input.session, context) : undefined,
  ].filter((layer): layer is LayerTrace => layer !== undefined)
}

const IAM_IDENTITIES: readonly string[] = ['User', 'AssumedRole', 'FederatedUser']

/**
 * The IAM decision for one request. The verdicts come from the compiled fast path; the explained
 * trace of every layer (`layers`) is computed the first time it is read.
 */
export function authorize(input: AuthorizationInput): Decision {
  const { context } = input
  const isIamIdentity = IAM_IDENTITIES.includes(context.principal.type)
  const verdicts: LayerVerdicts = {}
  if (input.scps) verdicts.scp = quickLevels(input.scps, context)
  if (input.rcps) verdicts.rcp = quickLevels(input.rcps, context)
  if (input.resource) {
    const resource = quickLayer([input.resource], context)
    verdicts.resource = resource.verdict
    const grant = resource.verdict === 'allow' ? GRANT_ORDER.find((kind) => resource.grants.includes(kind)) : undefined
    if (grant) verdicts.resourceGrant = grant
  }
  if (isIamIdentity) verdicts.identity = quickLayer(input.identity ?? [], context).verdict
  if (input.boundary && isIamIdentity) verdicts.boundary = quickLayer([input.boundary], context).verdict
  if (input.session) verdicts.session = quickLayer(input.session, context).verdict
  const outcome = decide(verdicts, {
    principalType: context.principal.type,
    crossAccount: context.principal.account !== context.resourceAccount,
    resourceMustAllow: input.resourceMustAllow === true,
    trustPolicy: input.resource?.kind === 'trust',
  })
  const decision: VerdictDecision = { ...outcome, reason: reasonFor(outcome, context.action) }
  if (outcome.result === 'Allow' && verdicts.resource === 'allow' && verdicts.resourceGrant) decision.resourceGrant = verdicts.resourceGrant
  let layers: LayerTrace[] | undefined
  return Object.defineProperty(decision as Decision, 'layers', {
    enumerable: true,
    get() {
      return (layers ??= traceLayers(input))
    },
  })
}
