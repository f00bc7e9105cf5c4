import {
  ASSUME_ROOT_DEFAULT,
  LONG_TERM_USER_DEFAULT,
  ROLE_SESSION_DEFAULT,
  WEB_IDENTITY_TOKEN_DEFAULT,
} from '../operations/session-duration.ts'

/**
 * DurationSeconds when the request leaves it out, per operation, as the operations apply it
 * (operations/session-duration.ts) and the AWS STS API Reference states it under each operation's
 * DurationSeconds. GetSessionToken and GetFederationToken give the root user 3600 instead
 * (`durationLimits` says so for a concrete caller).
 */
export const DURATION_DEFAULTS: Readonly<Record<string, number>> = {
  AssumeRole: ROLE_SESSION_DEFAULT,
  AssumeRoleWithSAML: ROLE_SESSION_DEFAULT,
  AssumeRoleWithWebIdentity: ROLE_SESSION_DEFAULT,
  GetSessionToken: LONG_TERM_USER_DEFAULT,
  GetFederationToken: LONG_TERM_USER_DEFAULT,
  AssumeRoot: ASSUME_ROOT_DEFAULT,
  GetWebIdentityToken: WEB_IDENTITY_TOKEN_DEFAULT,
}
