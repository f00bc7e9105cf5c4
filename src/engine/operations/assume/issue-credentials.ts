import type { IssuedCredentials } from '../../explain/issued-credentials.ts'
import { callerIdentity } from '../../identity/principal.ts'
import { isoSeconds } from '../../iso-seconds.ts'
import { sessionPrincipal } from '../../sessions/resolve-credentials.ts'
import { sealSession } from '../../sessions/session-token.ts'
import type { Session } from '../../sessions/session.ts'
import { newTemporaryAccessKeyId, secretForAccessKey } from '../../sessions/temporary-credentials.ts'
import { element, parent, type XmlElement } from '../../xml/xml-writer.ts'
import type { OperationContext } from '../operation.ts'

/** What an operation decides about a new session; the rest comes from the request's context. */
export type SessionDetails = Omit<Session, 'v' | 'accessKeyId' | 'issuedAt' | 'expiresAt' | 'partition' | 'region'>

/**
 * Mints the access key id, secret and session token of a session that starts now and lasts
 * `durationSeconds`, in the world's partition and the endpoint's region: the `<Credentials>` element,
 * and the same credentials as typed data with who they act as (EngineResult.issued), so nobody
 * reads them back out of the XML.
 */
export function issueCredentials(
  ctx: Pick<OperationContext, 'nowMs' | 'region' | 'world' | 'deps' | 'sessionKey'>,
  durationSeconds: number,
  details: SessionDetails,
): { session: Session; credentials: XmlElement; issued: IssuedCredentials } {
  const session: Omit<Session, 'accessKeyId'> = {
    v: 1,
    ...details,
    issuedAt: ctx.nowMs,
    expiresAt: ctx.nowMs + durationSeconds * 1000,
    partition: ctx.world.partition,
    region: ctx.region,
  }
  const accessKeyId = newTemporaryAccessKeyId(session.account, ctx.deps)
  const full: Session = { ...session, accessKeyId }
  const secretAccessKey = secretForAccessKey(accessKeyId, ctx.sessionKey, ctx.deps.hashing)
  const sessionToken = sealSession(full, ctx.sessionKey, ctx.deps.hashing)
  const expiration = isoSeconds(session.expiresAt)
  const credentials = parent('Credentials', [
    element('AccessKeyId', accessKeyId),
    element('SecretAccessKey', secretAccessKey),
    element('SessionToken', sessionToken),
    element('Expiration', expiration),
  ])
  const identity = callerIdentity(sessionPrincipal(full))
  return { session: full, credentials, issued: { accessKeyId, secretAccessKey, sessionToken, expiration, arn: identity.arn, account: identity.account } }
}
