import type { Principal } from '../identity/principal.ts'
import { findRole } from '../operations/assume/role-arn.ts'
import { isRoleChaining, longTermSessionDuration, ROLE_CHAINING_MAX, ROOT_SESSION_MAX, roleSessionMax } from '../operations/session-duration.ts'
import type { World } from '../world/world-schema.ts'
import { DURATION_DEFAULTS } from './duration-defaults.ts'
import { resolveParameter } from './parameter-path.ts'

/** The DurationSeconds a concrete request may ask for, in seconds, and why. */
export interface DurationLimits {
  min: number
  /** The longest session STS gives this caller (for root's GetSessionToken, longer asks are shortened to it). */
  max: number
  /** What STS uses when DurationSeconds is left out. */
  default: number
  /** Why the limits are what they are, with the AWS page that says so. */
  notes: string[]
}

export interface DurationRequest {
  /** AssumeRole*, the role asked for: its MaxSessionDuration bounds the session. */
  roleArn?: string
  /** Who signs the request; a role session makes AssumeRole role chaining. */
  callerKind?: Principal['kind']
  /**
   * When the caller signs with temporary credentials: the operation that issued them (a session's
   * `issuedBy`, e.g. `GetSessionToken`). GetSessionToken credentials make AssumeRole role chaining
   * too; any temporary credentials are refused by GetSessionToken and GetFederationToken.
   */
  callerSession?: string
}

const ROLE_OPERATIONS = new Set(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'])
const LONG_TERM_OPERATIONS = new Set(['GetSessionToken', 'GetFederationToken'])

function roleLimits(world: World, operation: string, request: DurationRequest, limits: DurationLimits): void {
  const chained = operation === 'AssumeRole' && isRoleChaining(request.callerKind, request.callerSession)
  const role = request.roleArn === undefined ? undefined : findRole(world, request.roleArn)
  if (role) {
    limits.max = Math.min(limits.max, roleSessionMax(role, chained))
    limits.notes.push(`${role.name}'s MaxSessionDuration is ${role.maxSessionDuration} s; longer is refused (IAM User Guide: Update the maximum session duration for a role).`)
  } else if (request.roleArn !== undefined) {
    limits.notes.push(`The world has no role ${request.roleArn}: the model's limit of ${limits.max} s applies until a role's MaxSessionDuration is known.`)
  }
  if (chained) {
    limits.max = Math.min(limits.max, ROLE_CHAINING_MAX)
    limits.notes.push(
      request.callerKind === 'assumed-role'
        ? `Role chaining (a role session assuming a role) gives at most ${ROLE_CHAINING_MAX} s, whatever the role's maximum (IAM User Guide: Role chaining).`
        : `Credentials from GetSessionToken (with or without MFA) assume roles as role chaining does: at most ${ROLE_CHAINING_MAX} s, whatever the role's maximum (AWS Knowledge Center: Can I increase the IAM role chaining session duration limit?).`,
    )
  }
  if (operation === 'AssumeRole' && request.callerKind === 'root') {
    limits.notes.push('The root user cannot call AssumeRole (IAM User Guide: Compare AWS STS credentials).')
  }
  if (operation === 'AssumeRoleWithSAML') {
    limits.notes.push("The assertion's SessionDuration attribute and its SessionNotOnOrAfter can make the session shorter (IAM User Guide: Configure SAML assertions for the authentication response).")
  }
}

function longTermLimits(operation: string, request: DurationRequest, limits: DurationLimits): void {
  if (request.callerKind === 'assumed-role' || request.callerKind === 'federated-user' || request.callerSession !== undefined) {
    limits.notes.push(`${operation} needs the long-term credentials of an IAM user or the root user; temporary credentials are refused (IAM User Guide: Compare AWS STS credentials).`)
  } else if (request.callerKind === 'root') {
    limits.max = ROOT_SESSION_MAX
    limits.default = longTermSessionDuration('root', undefined)
    limits.notes.push(`For the root user ${operation} gives at most ${ROOT_SESSION_MAX} s, also by default; a longer request is shortened, not refused (AWS STS API Reference: ${operation}, DurationSeconds).`)
  } else {
    limits.notes.push(`An IAM user gets ${limits.default} s by default and up to ${limits.max} s (AWS STS API Reference: ${operation}, DurationSeconds).`)
  }
}

/**
 * The session lengths STS allows for this request: the model's range, narrowed by the role's
 * MaxSessionDuration, role chaining and the root user's limits, as the operations apply them
 * (operations/session-duration.ts). Undefined for an operation without DurationSeconds.
 */
export function durationLimits(world: World, operation: string, request: DurationRequest = {}): DurationLimits | undefined {
  let shape
  try {
    shape = resolveParameter(operation, 'DurationSeconds').shape
  } catch {
    return undefined
  }
  const fallback = DURATION_DEFAULTS[operation]
  if (shape.min === undefined || shape.max === undefined || fallback === undefined) return undefined
  const limits: DurationLimits = { min: shape.min, max: shape.max, default: fallback, notes: [] }
  if (ROLE_OPERATIONS.has(operation)) roleLimits(world, operation, request, limits)
  else if (LONG_TERM_OPERATIONS.has(operation)) longTermLimits(operation, request, limits)
  else if (operation === 'AssumeRoot') limits.notes.push(`Root sessions last at most ${shape.max} s, ${fallback} s by default (AWS STS API Reference: AssumeRoot, DurationSeconds).`)
  else if (operation === 'GetWebIdentityToken') limits.notes.push(`The token is valid ${fallback} s by default, at most ${shape.max} s (AWS STS API Reference: GetWebIdentityToken, DurationSeconds).`)
  return limits
}
