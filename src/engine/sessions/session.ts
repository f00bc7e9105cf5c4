/**
 * A session STS issued: everything later requests made with its credentials need, carried inside
 * the session token itself (authenticated by the engine, so it cannot be forged or altered).
 */
export interface Session {
  /** Token format version. */
  v: 1
  /** What issued it: AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity, AssumeRoot, GetSessionToken, GetFederationToken. */
  issuedBy: string
  accessKeyId: string
  /** Epoch milliseconds. */
  issuedAt: number
  expiresAt: number
  /** The account whose credentials these are (the role's account for role sessions). */
  account: string
  partition: string
  /** For role sessions. */
  role?: { name: string; path: string; roleId: string; sessionName: string }
  /** For GetSessionToken / GetFederationToken: the IAM user (or root) behind the session. */
  user?: { name: string; path: string; userId: string } | { root: true }
  /** For GetFederationToken sessions. */
  federatedName?: string
  /** Session tags: key (case preserved) → value, and which keys are transitive. */
  tags: Record<string, string>
  transitiveTagKeys: string[]
  sourceIdentity?: string
  /** Session policies as JSON texts (inline) and managed policy ARNs, kept for later evaluation. */
  policies: string[]
  policyArns: string[]
  /** MFA used to create the session: its authentication time, epoch ms. */
  mfaAuthenticatedAt?: number
  /**
   * For sessions from AssumeRoleWithWebIdentity / AssumeRoleWithSAML: the identity provider's
   * condition keys (`oidc.example.com:sub`, `saml:sub`, …), available to the role's policies on
   * later requests, e.g. as `${oidc.example.com:sub}` in a Resource (IAM User Guide, "IAM policy
   * elements: Variables and tags").
   */
  identityProviderKeys?: Record<string, string | string[]>
  /** True when this role session was created by a role session (role chaining). */
  chained?: boolean
  /**
   * For AssumeRoot sessions (which act as the member account's root user, `user: { root: true }`):
   * the AWS managed root-task policy (`arn:aws:iam::aws:policy/root-task/…`) that scopes the session.
   */
  taskPolicyArn?: string
  region: string
}
