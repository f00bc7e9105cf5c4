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
  principalType: PrincipalType
  crossAccount: boolean
  /** Trust and key policies must allow explicitly, even within one account. */
  resourceMustAllow: boolean
  /**
   * The resource policy is a role trust policy: its grant to the caller does not lift the caller's
   * permissions boundary or session policies ("If a permissions boundary is set for the user, then it
   * must allow the sts:AssumeRole action": IAM User Guide, "Update a role trust policy").
   */
  trustPolicy?: boolean
}

export type DecisionResult = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'

/** The result and, for a denial, the layer that decided. Shared frozen values: deciding allocates nothing. */
export interface Outcome {
  readonly result: DecisionResult
  readonly layer?: LayerName
}

/** An outcome in AWS's words, with how the resource policy named the caller when it allowed. */
export interface VerdictDecision extends Outcome {
  /** "because no session policy allows the s3:GetObject action", "with an explicit deny in an identity-based policy", or "allowed". */
  reason: string
  resourceGrant?: PrincipalMatchKind
  /**
   * Set on a denial that no policy made: the kind of credentials forbids the request whatever the
   * policies say (authorization/credential-restrictions.ts, e.g. GetSessionToken credentials
   * without MFA calling IAM). Such a denial is an ExplicitDeny (no Allow can override it) without a `layer`.
   */
  deniedBy?: 'credentials'
}

const LAYERS: readonly LayerName[] = ['scp', 'rcp', 'resource', 'identity', 'boundary', 'session']
const ALLOW: Outcome = Object.freeze({ result: 'Allow' })
const EXPLICIT = Object.fromEntries(LAYERS.map((l) => [l, Object.freeze({ result: 'ExplicitDeny', layer: l })])) as Record<LayerName, Outcome>
const IMPLICIT = Object.fromEntries(LAYERS.map((l) => [l, Object.freeze({ result: 'ImplicitDeny', layer: l })])) as Record<LayerName, Outcome>
const IAM_IDENTITIES: ReadonlySet<PrincipalType> = new Set(['User', 'AssumedRole', 'FederatedUser'])

/** The boundary and session ceilings: an implicit deny in either stops an Allow. */
function ceilings(v: LayerVerdicts): Outcome {
  if (v.boundary !== undefined && v.boundary !== 'allow') return IMPLICIT.boundary
  if (v.session !== undefined && v.session !== 'allow') return IMPLICIT.session
  return ALLOW
}

/**
 * The IAM decision from the layers' verdicts (IAM User Guide, "How AWS enforcement code logic
 * evaluates requests to allow or deny access", "Policy evaluation for requests within a single
 * account", "Cross-account policy evaluation logic"): an explicit Deny anywhere wins; then the
 * organization ceilings; then resource and identity policies (union within one account, both sides
 * across accounts), limited by the permissions boundary and session policies.
 */
export function decide(v: LayerVerdicts, facts: DecisionFacts): Outcome {
  for (const layer of LAYERS) if (v[layer] === 'deny') return EXPLICIT[layer]
  if (v.rcp !== undefined && v.rcp !== 'allow') return IMPLICIT.rcp
  if (v.scp !== undefined && v.scp !== 'allow') return IMPLICIT.scp

  const resourceAllows = v.resource === 'allow'
  // Callers that are not IAM identities (services, web identity, SAML, anonymous) rely on the resource policy alone.
  if (!IAM_IDENTITIES.has(facts.principalType) && facts.principalType !== 'Account') return resourceAllows ? ALLOW : IMPLICIT.resource
  if (facts.crossAccount) {
    if (!resourceAllows) return IMPLICIT.resource
    if (v.identity !== undefined && v.identity !== 'allow') return IMPLICIT.identity
    return ceilings(v)
  }
  if (facts.resourceMustAllow && !resourceAllows) return IMPLICIT.resource
  const grant = resourceAllows ? v.resourceGrant : undefined
  if (resourceAllows && grant !== 'account') {
    // "If a resource-based policy grants permission directly to the IAM user or the session
    // principal that is making the request, then an implicit deny in an identity-based policy, a
    // permissions boundary, or a session policy does not impact the final decision." A grant to the
    // role ARN (or to the IAM user behind a federated session) is limited by the boundary and session policies.
    // So is any grant of a role trust policy: it needs no identity policy in the role's account, but
    // the caller's boundary must allow sts:AssumeRole (IAM User Guide, "Update a role trust policy").
    return grant === 'role' || grant === 'federating-user' || facts.trustPolicy === true ? ceilings(v) : ALLOW
  }
  // The account root needs no identity policy in its own account.
  if (facts.principalType === 'Account') return ALLOW
  if (v.identity !== 'allow') return IMPLICIT.identity
  return ceilings(v)
}

/** The outcome in AWS's words for one action. */
export function reasonFor(outcome: Outcome, action: string): string {
  if (outcome.result === 'Allow' || !outcome.layer) return 'allowed'
  return outcome.result === 'ExplicitDeny' ? `with an explicit deny in ${withArticle(outcome.layer)}` : `because no ${LAYER_WORDS[outcome.layer]} allows the ${action} action`
}
