/**
 * Temporary credentials a successful answer issued, with the identity they act as: made where
 * issueCredentials mints them (operations/assume/issue-credentials.ts) and carried by the
 * operation's outcome, so a client (the playground's wallet) never parses ARNs out of XML.
 */
export interface IssuedCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  /** As written in the response: ISO 8601 in UTC, to the second. */
  expiration: string
  /** Who GetCallerIdentity says these credentials are (an assumed-role, federated-user, user or root ARN). */
  arn: string
  account: string
}

/** A token a successful GetWebIdentityToken issued (not credentials): when it expires, as the response says. */
export interface IssuedToken {
  /** ISO 8601 in UTC, as written in the response's Expiration. */
  expiration: string
}
