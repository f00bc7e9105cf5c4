import { isoSeconds } from '../../iso-seconds.ts'
import { sealSession } from '../../sessions/session-token.ts'
import type { Session } from '../../sessions/session.ts'
import { newTemporaryAccessKeyId, secretForAccessKey } from '../../sessions/temporary-credentials.ts'
import { element, parent, type XmlElement } from '../../xml/xml-writer.ts'
import type { OperationContext } from '../operation.ts'

/**
 * The session behind each `<Credentials>` element this engine built, so the engine can say who
 * issued credentials act as without reading its own token back. Weak: gone with the answer.
 */
const sessionsOfCredentials = new WeakMap<XmlElement, Session>()

/** The session a `<Credentials>` element of issueCredentials stands for. */
export function sessionOfCredentials(credentials: XmlElement): Session | undefined {
  return sessionsOfCredentials.get(credentials)
}

/** What an operation decides about a new session; the rest comes from the request's context. */
export type SessionDetails = Omit<Session, 'v' | 'accessKeyId' | 'issuedAt' | 'expiresAt' | 'partition' | 'region'>

/**
 * Mints the access key id, secret and session token of a session that starts now and lasts
 * `durationSeconds`, in the world's partition and the endpoint's region, and the `<Credentials>` element.
 */
export function issueCredentials(
  ctx: Pick<OperationContext, 'nowMs' | 'region' | 'world' | 'deps' | 'sessionKey'>,
  durationSeconds: number,
  details: SessionDetails,
): { session: Session; credentials: XmlElement } {
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
  const credentials = parent('Credentials', [
    element('AccessKeyId', accessKeyId),
    element('SecretAccessKey', secretForAccessKey(accessKeyId, ctx.sessionKey, ctx.deps.hashing)),
    element('SessionToken', sealSession(full, ctx.sessionKey, ctx.deps.hashing)),
    element('Expiration', isoSeconds(session.expiresAt)),
  ])
  sessionsOfCredentials.set(credentials, full)
  return { session: full, credentials }
}
