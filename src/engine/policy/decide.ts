import { LAYER_WORDS, withArticle, type LayerName } from './layers.ts'
import type { PrincipalMatchKind } from './principal-match.ts'
import type { PrincipalType } from './request-context.ts'

/** What one layer says about one request: a Deny applies, an Allow applies, or nothing applies. */
export type Verdict = 'allow' | 'deny' | 'none'

/** The verdict of each layer that applies (an absent layer does not apply). */
export interface LayerVerdicts {
  scp?: Verdict
  rcp?: Verdict
  resource?: Verdict
  identity?: Verdict
  boundary?: Verdict
  session?: Verdict
  /** How the allowing resource-policy statement named the caller. */
  resourceGrant?: PrincipalMatchKind
}

export interface DecisionFacts {
  action: string
  principalType: PrincipalType
  crossAccount: boolean
  /** Trust and key policies must allow explicitly, even within one account. */
  resourceMustAllow: boolean
}

export type DecisionResult = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'

export interface VerdictDecision {
  result: DecisionResult
  layer?: LayerName
  reason: string
  resourceGrant?: PrincipalMatchKind
}

const ORDER: LayerName[] = ['scp', 'rcp', 'resource', 'identity', 'boundary', 'session']
const IAM_IDENTITIES: ReadonlySet<PrincipalType> = new Set(['User', 'AssumedRole', 'FederatedUser'])

/**
 * The IAM decision from the layers' verdicts (IAM User Guide, "How AWS enforcement code logic
 * evaluates requests to allow or deny access"; learning-and-evaluation.md §2.3): an explicit Deny
 * anywhere wins; then the organization ceilings; then resource and identity policies (union within
 * one account, both sides across accounts), limited by the permissions boundary and session policies.
 */
export function decide(v: LayerVerdicts, facts: DecisionFacts): VerdictDecision {
  const deny = (result: DecisionResult, layer: LayerName): VerdictDecision => ({
    result,
    layer,
    reason: result === 'ExplicitDeny' ? `with an explicit deny in ${withArticle(layer)}` : `because no ${LAYER_WORDS[layer]} allows the ${facts.action} action`,
  })
  for (const layer of ORDER) if (v[layer] === 'deny') return deny('ExplicitDeny', layer)
  if (v.rcp !== undefined && v.rcp !== 'allow') return deny('ImplicitDeny', 'rcp')
  if (v.scp !== undefined && v.scp !== 'allow') return deny('ImplicitDeny', 'scp')

  const resourceAllows = v.resource === 'allow'
  const grant = resourceAllows ? v.resourceGrant : undefined
  const allow = (): VerdictDecision => ({ result: 'Allow', reason: 'allowed', ...(grant ? { resourceGrant: grant } : {}) })
  const ceilings = (): VerdictDecision | undefined => {
    if (v.boundary !== undefined && v.boundary !== 'allow') return deny('ImplicitDeny', 'boundary')
    if (v.session !== undefined && v.session !== 'allow') return deny('ImplicitDeny', 'session')
    return undefined
  }

  // Callers that are not IAM identities (services, web identity, SAML, anonymous) rely on the resource policy alone.
  if (!IAM_IDENTITIES.has(facts.principalType) && facts.principalType !== 'Account') return resourceAllows ? allow() : deny('ImplicitDeny', 'resource')

  if (facts.crossAccount) {
    if (!resourceAllows) return deny('ImplicitDeny', 'resource')
    if (v.identity !== undefined && v.identity !== 'allow') return deny('ImplicitDeny', 'identity')
    return ceilings() ?? allow()
  }
  if (facts.resourceMustAllow && !resourceAllows) return deny('ImplicitDeny', 'resource')
  if (resourceAllows && grant !== 'account') {
    // "If a resource-based policy grants permission directly to the IAM user or the session
    // principal that is making the request, then an implicit deny in an identity-based policy, a
    // permissions boundary, or a session policy does not impact the final decision." A grant to the
    // role ARN (or to the IAM user behind a federated session) is limited by the boundary and session policies.
    if (grant === 'role' || grant === 'federating-user') return ceilings() ?? allow()
    return allow()
  }
  // The account root needs no identity policy in its own account.
  if (facts.principalType === 'Account') return allow()
  if (v.identity !== 'allow') return deny('ImplicitDeny', 'identity')
  return ceilings() ?? allow()
}
