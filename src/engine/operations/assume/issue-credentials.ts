import type { EngineDeps } from '../../deps.ts'
import { isoSeconds } from '../../iso-seconds.ts'
import { sealSession } from '../../sessions/session-token.ts'
import type { Session } from '../../sessions/session.ts'
import { newTemporaryAccessKeyId, secretForAccessKey } from '../../sessions/temporary-credentials.ts'
import { element, parent, type XmlElement } from '../../xml/xml-writer.ts'

/** Mints the access key id, secret and session token of a new session, and the `<Credentials>` element. */
export function issueCredentials(
  session: Omit<Session, 'accessKeyId'>,
  deps: EngineDeps,
  sessionKey: Uint8Array,
): { session: Session; credentials: XmlElement } {
  const accessKeyId = newTemporaryAccessKeyId(session.account, deps)
  const full: Session = { ...session, accessKeyId }
  const credentials = parent('Credentials', [
    element('AccessKeyId', accessKeyId),
    element('SecretAccessKey', secretForAccessKey(accessKeyId, sessionKey)),
    element('SessionToken', sealSession(full, sessionKey)),
    element('Expiration', isoSeconds(session.expiresAt)),
  ])
  return { session: full, credentials }
}
