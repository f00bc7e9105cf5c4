import type { Principal } from '../identity/principal.ts'
import type { WorldRole } from '../world/world-schema.ts'

/**
 * How long the sessions of each operation last, in seconds: the defaults when DurationSeconds is
 * absent and the limits that depend on the caller or the role rather than on the model (the model's
 * own ranges, e.g. 900..43200 for roleDurationSecondsType, are checked by validation/). The
 * operations apply these rules and `durationLimits` (rules/duration-limits.ts) shows them, so both
 * read them here.
 */

/** Every AssumeRole* operation: one hour by default (AWS STS API Reference: AssumeRole, DurationSeconds; observed against AWS, justincormack/argmin sts_oracle.rs). */
export const ROLE_SESSION_DEFAULT = 3600

/**
 * A role session assuming a role gets at most one hour, whatever the role's MaxSessionDuration
 * (IAM User Guide: Role chaining; AWS STS API Reference: AssumeRole, DurationSeconds; fact 34).
 */
export const ROLE_CHAINING_MAX = 3600

/**
 * GetSessionToken and GetFederationToken called by an IAM user: 12 hours by default (AWS STS API
 * Reference: GetSessionToken and GetFederationToken, DurationSeconds; facts 51, 52).
 */
export const LONG_TERM_USER_DEFAULT = 43200

/**
 * GetSessionToken and GetFederationToken called by the root user: one hour at most and by default;
 * a longer request is shortened, not refused (AWS STS API Reference: GetSessionToken and
 * GetFederationToken, DurationSeconds; fact 53).
 */
export const ROOT_SESSION_MAX = 3600

/** AssumeRoot: 900 s by default, which is also the model's maximum (AWS STS API Reference: AssumeRoot, DurationSeconds). */
export const ASSUME_ROOT_DEFAULT = 900

/** GetWebIdentityToken: 300 s by default (AWS STS API Reference: GetWebIdentityToken, DurationSeconds). */
export const WEB_IDENTITY_TOKEN_DEFAULT = 300

/** Who calls GetSessionToken or GetFederationToken: only long-term credentials get there. */
export type LongTermCaller = 'user' | 'root'

/** The session length GetSessionToken and GetFederationToken give: root is capped, a user gets what was asked. */
export function longTermSessionDuration(caller: LongTermCaller, asked: number | undefined): number {
  return caller === 'root' ? Math.min(asked ?? ROOT_SESSION_MAX, ROOT_SESSION_MAX) : (asked ?? LONG_TERM_USER_DEFAULT)
}

/**
 * Whether AssumeRole is role chaining, for the one-hour limit: the caller signs with a role
 * session's credentials, or with temporary credentials from GetSessionToken (with or without MFA).
 * AWS Knowledge Center, "Can I increase the IAM role chaining session duration limit?": users who
 * use MFA with the AWS CLI "use temporary credentials to assume another role. The temporary
 * credentials use the AWS STS GetSessionToken API and are limited to one hour"; observed as the
 * role-chaining ValidationError with session-token credentials in mmmorris1975/aws-runas#11 and
 * 99designs/aws-vault#263 (aws-vault gets a session token first by default).
 */
export function isRoleChaining(callerKind: Principal['kind'] | undefined, callerSession: string | undefined): boolean {
  return callerKind === 'assumed-role' || callerSession === 'GetSessionToken'
}

/** The longest session a role gives: its MaxSessionDuration, and one hour when it is role chaining. */
export function roleSessionMax(role: Pick<WorldRole, 'maxSessionDuration'>, chained: boolean): number {
  return chained ? Math.min(role.maxSessionDuration, ROLE_CHAINING_MAX) : role.maxSessionDuration
}

/**
 * Why a role session of `duration` seconds is refused, in the order STS checks (the role's
 * maximum before the role-chaining limit, fact 34), or undefined when it fits.
 */
export function roleDurationExcess(duration: number, role: Pick<WorldRole, 'maxSessionDuration'>, chained: boolean): 'role-maximum' | 'role-chaining' | undefined {
  if (duration > role.maxSessionDuration) return 'role-maximum'
  if (chained && duration > ROLE_CHAINING_MAX) return 'role-chaining'
  return undefined
}

/** STS's ValidationError texts for a role session that is too long (observed against AWS, justincormack/argmin sts_oracle.rs; kreuzwerker/awsu#27). */
export const ROLE_DURATION_MESSAGES = {
  'role-maximum': 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  'role-chaining': 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
} as const
