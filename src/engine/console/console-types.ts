/**
 * What the simulated console federation endpoint (https://signin.aws.amazon.com/federation) says
 * about a request, in structured form: the facts a comparison table reads instead of parsing HTML.
 */

/** The two actions of the federation endpoint (IAM User Guide: "Enable custom identity broker access to the AWS console"). */
export type ConsoleAction = 'getSigninToken' | 'login'

/** Why the federation endpoint refused a request. */
export type ConsoleRefusalReason =
  /** The Session names an IAM user's or the root user's access key (no session token): only temporary credentials get a sign-in token. */
  | 'long-term-credentials'
  /** Temporary credentials that are neither a role session nor a federated user's (GetSessionToken, AssumeRoot): refused at `login`. */
  | 'session-token-credentials'
  /** The Session's key, secret or token is not valid (unknown, altered, for another key, its role deleted), or not JSON with the three fields. */
  | 'invalid-credentials'
  /** The Session's temporary credentials have expired. */
  | 'expired'
  /** SessionDuration is not a whole number of seconds in 900..43200, or these credentials may not set one. */
  | 'session-duration'
  /** getSigninToken without a Session parameter. */
  | 'missing-session'
  /** login with a SigninToken that is absent, altered, not this endpoint's, or older than 15 minutes. */
  | 'invalid-signin-token'
  /** The Action parameter is absent or names neither getSigninToken nor login. */
  | 'unknown-action'

export interface ConsoleRefusal {
  reason: ConsoleRefusalReason
  /** In words a learner can follow (the wire body says what AWS's page says). */
  message: string
}

/** The console session a successful `login` opens (or a getSigninToken's token would open). */
export interface ConsoleSession {
  /** Who the console session acts as: the assumed-role or federated-user ARN, as GetCallerIdentity says it. */
  principalArn: string
  account: string
  /** Which STS operation issued the credentials behind it. */
  issuedBy: string
  /** When the console session ends, epoch milliseconds. */
  expiresAt: number
}
