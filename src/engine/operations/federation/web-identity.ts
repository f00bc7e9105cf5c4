import type { StsFault } from '../../errors/faults.ts'
import type { Policy } from '../../policy/policy-types.ts'
import type { RequestedTags } from '../assume/session-tags.ts'
import type { FederatedCaller } from './authorize-federated.ts'

/**
 * Who a web identity token proves the caller to be, whichever kind of provider vouched for it (an
 * IAM OIDC provider, Amazon Cognito, or an OAuth 2.0 provider STS asked): what AssumeRoleWithWebIdentity
 * then authorizes with the role's trust policy and answers with.
 */
export interface VerifiedWebIdentity {
  /** The answer's Provider: the IAM OIDC provider's ARN, `cognito-identity.amazonaws.com`, or the ProviderId. */
  provider: string
  /** The federated principal the trust policy must name (`Federated`). */
  caller: FederatedCaller
  /** The answer's Audience: the client id, identity pool id or app id. */
  audience: string
  /** The answer's SubjectFromWebIdentityToken. */
  subject: string
  /** The provider's condition keys (`<prefix>:aud`, `www.amazon.com:app_id`, …), for the trust policy and the session. */
  conditionKeys: Record<string, string | string[]>
  requested: RequestedTags
  sourceIdentity?: string
  /** When the provider limits which trust statements count (Cognito across accounts): the trust policy STS evaluates. */
  trustPolicy?: Policy
  /** The trace's words for a trust policy that allows. */
  allowedWhy: string
}

export type WebIdentityCheck = { ok: true; identity: VerifiedWebIdentity } | { ok: false; fault: StsFault }

/** No session tags, no transitive keys: what a token that cannot carry them requests. */
export const NO_TAGS: RequestedTags = { tags: [], transitiveTagKeys: [] }
