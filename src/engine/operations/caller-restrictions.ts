import { faults, type StsFault } from '../errors/faults.ts'
import { callerIdentity } from '../identity/principal.ts'
import type { AuthenticatedCaller } from './operation.ts'

/**
 * What each kind of credentials may call in STS afterwards (IAM User Guide,
 * "Compare AWS STS credentials"), checked before the operation runs:
 * - any session credentials: not GetSessionToken nor GetFederationToken (facts 58, 59, AWS's texts);
 * - GetFederationToken credentials: only GetCallerIdentity (and GetWebIdentityToken, which answers
 *   them itself: "GetWebIdentityToken does not support federated user sessions", recorded against AWS);
 * - GetSessionToken credentials: AssumeRole and GetCallerIdentity (the API reference, which the
 *   comparison table follows; the older page saying "no STS at all" is superseded), and
 *   GetWebIdentityToken (recorded against AWS, radkawar/stackd testdata, 2026-09).
 * For the last two AWS's exact error is unverified; the engine answers AccessDenied in the usual
 * "User: … is not authorized to perform: sts:…" form.
 * The IAM side of the same table (GetSessionToken credentials need MFA to call IAM;
 * GetFederationToken credentials cannot call IAM) is authorization/credential-restrictions.ts.
 */
export function callerRestriction(operation: string, caller: AuthenticatedCaller): { fault: StsFault; why: string } | undefined {
  const session = caller.session
  if (!session) return undefined
  if (operation === 'GetSessionToken' || operation === 'GetFederationToken') {
    return {
      fault: faults.accessDenied(`Cannot call ${operation} with session credentials`),
      why: `${operation} needs long-term credentials (an IAM user's or the root user's access key); these were issued by ${session.issuedBy}.`,
    }
  }
  const allowed =
    session.issuedBy === 'GetFederationToken'
      ? ['GetCallerIdentity', 'GetWebIdentityToken']
      : session.issuedBy === 'GetSessionToken'
        ? ['GetCallerIdentity', 'AssumeRole', 'GetWebIdentityToken']
        : undefined
  if (allowed && !allowed.includes(operation)) {
    return {
      fault: faults.accessDenied(`User: ${callerIdentity(caller.principal).arn} is not authorized to perform: sts:${operation}`),
      why: `Credentials from ${session.issuedBy} may call only ${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1) ?? ''} in STS.`,
    }
  }
  return undefined
}
