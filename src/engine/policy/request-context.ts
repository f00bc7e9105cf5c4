/**
 * What a policy is evaluated against: who asks, for what action on which resource, and the
 * condition keys of the request. Key names are case-insensitive in IAM, so they are stored lower-case.
 */

/** Principal types as `aws:PrincipalType` names them. */
export type PrincipalType = 'Account' | 'User' | 'AssumedRole' | 'FederatedUser' | 'Anonymous' | 'Service' | 'WebIdentity' | 'SAML'

/** How the principal can be named in a Principal element (all forms that match it). */
export interface RequestPrincipal {
  type: PrincipalType
  /** The ARN the request is made with (a user ARN, an assumed-role session ARN, a federated-user ARN, the account root). */
  arn: string
  account: string
  /** For role sessions: the role's ARN (with path), which a Principal element may name instead of the session. */
  roleArn?: string
  /** For GetFederationToken sessions: the IAM user who federated. */
  federatingUserArn?: string
  /** For service principals and federated (web identity / SAML) callers: `lambda.amazonaws.com`, a provider ARN. */
  serviceOrProvider?: string
}

export interface RequestContext {
  action: string
  resource: string
  /** The account that owns the resource (for same- vs cross-account rules). */
  resourceAccount: string
  principal: RequestPrincipal
  /** Condition keys, lower-case names; a key with no values is absent. */
  keys: ReadonlyMap<string, readonly string[]>
}

/** Builds the key map from an object of names (any case) to one value or several. */
export function contextKeys(entries: Record<string, string | readonly string[] | undefined>): Map<string, readonly string[]> {
  const keys = new Map<string, readonly string[]>()
  for (const [name, value] of Object.entries(entries)) {
    if (value === undefined) continue
    keys.set(name.toLowerCase(), typeof value === 'string' ? [value] : value)
  }
  return keys
}

export function keyValues(context: Pick<RequestContext, 'keys'>, key: string): readonly string[] | undefined {
  return context.keys.get(key.toLowerCase())
}
