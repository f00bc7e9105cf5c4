import { evaluatePolicy, type PolicyTrace } from './evaluate-statement.ts'
import { decide, type LayerVerdicts, type VerdictDecision } from './decide.ts'
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

/** The strongest way the resource policy's allowing statements named the caller. */
function grantKind(layer: LayerTrace | undefined): PrincipalMatchKind | undefined {
  const kinds = new Set<PrincipalMatchKind>()
  for (const policy of layer?.policies ?? []) {
    for (const statement of policy.statements) {
      if (statement.applies && statement.effect === 'Allow' && statement.principal?.kind) kinds.add(statement.principal.kind)
    }
  }
  const order: PrincipalMatchKind[] = ['user', 'role-session', 'federated-user', 'anyone', 'service', 'federated', 'role', 'federating-user', 'account']
  return order.find((kind) => kinds.has(kind))
}

/** The IAM decision for one request, with the trace of every layer that applies. */
export function authorize(input: AuthorizationInput): Decision {
  const { context } = input
  const isIamIdentity = ['User', 'AssumedRole', 'FederatedUser'].includes(context.principal.type)
  const layers = [
    input.scps ? traceLevels('scp', input.scps, context) : undefined,
    input.rcps ? traceLevels('rcp', input.rcps, context) : undefined,
    input.resource ? trace('resource', [input.resource], context) : undefined,
    isIamIdentity ? trace('identity', input.identity ?? [], context) : undefined,
    input.boundary && isIamIdentity ? trace('boundary', [input.boundary], context) : undefined,
    input.session ? trace('session', input.session, context) : undefined,
  ].filter((layer): layer is LayerTrace => layer !== undefined)
  const verdicts: LayerVerdicts = {}
  for (const layer of layers) verdicts[layer.layer] = layer.verdict
  const resourceLayer = layers.find((layer) => layer.layer === 'resource')
  const grant = resourceLayer?.verdict === 'allow' ? grantKind(resourceLayer) : undefined
  if (grant) verdicts.resourceGrant = grant
  const decision = decide(verdicts, {
    action: context.action,
    principalType: context.principal.type,
    crossAccount: context.principal.account !== context.resourceAccount,
    resourceMustAllow: input.resourceMustAllow === true,
  })
  return { ...decision, layers }
}
