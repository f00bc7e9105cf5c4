import type { LayerName } from '../../policy/layers.ts'
import type { PolicyProblem } from '../../policy/policy-types.ts'

/** Who could call an assume operation in the world. */
export type AssumerKind = 'user' | 'root' | 'role-session' | 'saml-provider' | 'oidc-provider' | 'oauth2-provider' | 'cognito'

export interface AssumerPrincipal {
  kind: AssumerKind
  /**
   * What a trust policy names it by: the user's or root's ARN, the role's ARN (for its sessions),
   * the provider's ARN, or the name of a provider built into STS (`www.amazon.com`, `cognito-identity.amazonaws.com`).
   */
  arn: string
  /** "user alice (111111111111)", "sessions of role Dev (111111111111)", "SAML provider ExampleIdP (111111111111)". */
  label: string
}

export type AssumeAction = 'sts:AssumeRole' | 'sts:AssumeRoleWithSAML' | 'sts:AssumeRoleWithWebIdentity'

/**
 * One principal's answer. `allowed`: a request with no ExternalId, MFA, tags or identity-provider
 * claims succeeds. `conditional`: the trust policy has an Allow statement for the principal whose
 * Condition such a request does not meet, and meeting it would be enough; `conditionKeys` are the
 * keys that Condition tests. `denied`: not even then.
 */
export interface AssumerVerdict {
  principal: AssumerPrincipal
  action: AssumeAction
  verdict: 'allowed' | 'conditional' | 'denied'
  /** The policy layer that decided a denial, as the engine names it (no layer: the operation refuses before any policy is read). */
  decidedBy?: LayerName
  reason: string
  /** Condition keys of the trust policy's statements that name the principal but are not met without request values, as written. */
  conditionKeys: string[]
}

export type WhoCanAssumeResult = { ok: true; verdicts: AssumerVerdict[] } | { ok: false; problems: PolicyProblem[] }
