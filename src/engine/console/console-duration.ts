import type { Session } from '../sessions/session.ts'
import { consoleCredentialKind } from './console-credentials.ts'
import type { ConsoleRefusal } from './console-types.ts'

/** SessionDuration's range: "from 900 seconds (15 minutes) to 43200 seconds (12 hours)" (IAM User Guide: "Enable custom identity broker access to the AWS console"). */
export const CONSOLE_SESSION_MIN = 900
export const CONSOLE_SESSION_MAX = 43200

export type ConsoleDuration = { ok: true; consoleExpiresAt: number; why: string } | { ok: false; refusal: ConsoleRefusal }

/**
 * How long the console session lasts, or why SessionDuration is refused (a 400 at getSigninToken):
 *
 * - Absent: "the session defaults to the duration of the credentials" (IAM User Guide, same page).
 * - Not a whole number in 900..43200: refused ("The federation endpoint will error out if we
 *   request more" than 12 hours: gravitational/teleport lib/srv/app/cloud.go; the range is the
 *   IAM User Guide's).
 * - GetFederationToken credentials: "Do not use the SessionDuration HTTP parameter if you got the
 *   temporary credentials with GetFederationToken. Doing so will cause the operation to fail." (IAM
 *   User Guide, same page). Their console session lasts as long as the credentials do.
 * - A role session made by a role session (role chaining): refused with "Invalid credentials
 *   parameter" (AWS Knowledge Center, invalid-credentials-parameter; an AWS engineer quoted in
 *   99designs/aws-vault#77); without SessionDuration it works (teleport cloud.go: "Experiments
 *   showed that the getSigninToken call will still succeed as long as the SessionDuration is not
 *   provided"). The current IAM User Guide puts it as: call AssumeRole* "as an IAM user with
 *   long-term credentials. Otherwise, the call to the federation endpoint … fails."
 * - GetSessionToken (and AssumeRoot) credentials: refused (99designs/aws-vault#104/#106, whose
 *   login then always sent SessionDuration, got "Bad Request" for such credentials).
 *
 * Limitation: a role session assumed with GetSessionToken credentials counts as chained for AWS
 * (aws-vault#77), but the engine marks `chained` only for sessions made by role sessions, so such
 * a session is accepted here.
 */
export function consoleDuration(raw: string | undefined, session: Session, nowMs: number): ConsoleDuration {
  const refuse = (message: string): ConsoleDuration => ({ ok: false, refusal: { reason: 'session-duration', message } })
  if (raw === undefined) {
    return { ok: true, consoleExpiresAt: session.expiresAt, why: `No SessionDuration: the console session ends when the credentials expire (${new Date(session.expiresAt).toISOString()}).` }
  }
  const seconds = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN
  if (!(seconds >= CONSOLE_SESSION_MIN && seconds <= CONSOLE_SESSION_MAX)) {
    return refuse(`SessionDuration must be a whole number of seconds from ${CONSOLE_SESSION_MIN} to ${CONSOLE_SESSION_MAX}; it is "${raw}".`)
  }
  const kind = consoleCredentialKind(session)
  if (kind === 'federated-user') return refuse('SessionDuration may not be given with GetFederationToken credentials: their console session lasts as long as the credentials.')
  if (kind === 'other-session') return refuse(`SessionDuration may be given only with role credentials (AssumeRole*); these were issued by ${session.issuedBy}.`)
  if (session.chained) return refuse('SessionDuration may not be given for a role session made by another role session (role chaining): leave it out and the console session lasts as long as the credentials.')
  const consoleExpiresAt = nowMs + seconds * 1000
  return { ok: true, consoleExpiresAt, why: `SessionDuration ${seconds} s: the console session ends at ${new Date(consoleExpiresAt).toISOString()}.` }
}
