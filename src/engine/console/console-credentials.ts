import { callerIdentity, type Principal } from '../identity/principal.ts'
import type { CredentialResolver } from '../sessions/resolve-credentials.ts'
import type { Session } from '../sessions/session.ts'
import type { ConsoleRefusal } from './console-types.ts'
import type { SessionParameter } from './session-parameter.ts'

/**
 * Which temporary credentials the console takes. The IAM User Guide ("Compare AWS STS
 * credentials") says SSO to the console is allowed with GetFederationToken credentials and not with
 * GetSessionToken's; the custom-broker page names AssumeRole* and GetFederationToken as the two
 * ways in; AWS's own refusal says "Only federation tokens or assume role tokens may be used for
 * federated login" (99designs/aws-vault#1191). AssumeRoot credentials are neither kind: the
 * playground refuses them like GetSessionToken's (an inference from that wording; no report of
 * AssumeRoot credentials at the federation endpoint was found).
 */
export type ConsoleCredentialKind = 'role-session' | 'federated-user' | 'other-session'

export function consoleCredentialKind(session: Pick<Session, 'issuedBy'>): ConsoleCredentialKind {
  if (session.issuedBy === 'AssumeRole' || session.issuedBy === 'AssumeRoleWithSAML' || session.issuedBy === 'AssumeRoleWithWebIdentity') return 'role-session'
  if (session.issuedBy === 'GetFederationToken') return 'federated-user'
  return 'other-session'
}

export type CheckedCredentials = { ok: true; session: Session; principal: Principal; principalArn: string } | { ok: false; refusal: ConsoleRefusal }

/**
 * The Session's credentials as the engine knows them: valid temporary credentials, or why not.
 * Invalid and expired temporary credentials get the same 400 "Invalid credentials parameter" page
 * (AWS Knowledge Center, invalid-credentials-parameter: "Invalid temporary security credentials
 * are specified"). Long-term keys are refused at getSigninToken with a 400 too
 * (99designs/aws-vault#104 and #106: console login with IAM user credentials "fails with Bad
 * Request"; the IAM User Guide asks for temporary security credentials).
 */
export function checkConsoleCredentials(given: SessionParameter, resolver: CredentialResolver, nowMs: number): CheckedCredentials {
  const refuse = (reason: ConsoleRefusal['reason'], message: string): CheckedCredentials => ({ ok: false, refusal: { reason, message } })
  const resolved = resolver.resolve(given.sessionId, given.sessionToken)
  if (!resolved.ok) return refuse('invalid-credentials', resolved.detail)
  if (resolved.secretAccessKey !== given.sessionKey) return refuse('invalid-credentials', `The sessionKey is not the secret access key of ${given.sessionId}.`)
  if (!resolved.session) {
    return refuse('long-term-credentials', `${given.sessionId} is a long-term access key: the federation endpoint takes temporary credentials only (from AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity or GetFederationToken).`)
  }
  if (resolved.session.expiresAt <= nowMs) {
    return refuse('expired', `These temporary credentials expired at ${new Date(resolved.session.expiresAt).toISOString()}.`)
  }
  return { ok: true, session: resolved.session, principal: resolved.principal, principalArn: callerIdentity(resolved.principal).arn }
}

