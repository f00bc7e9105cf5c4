import { jsHashing, type Hashing } from '../auth/hashing.ts'
import { fromBase64, toBase64, utf8Decode, utf8Encode } from './base64.ts'
import type { Session } from './session.ts'
import { frameBytes, sameTag, unframeBytes } from './sealed-frame.ts'

/**
 * Session tokens: the session record, authenticated with HMAC-SHA256 under a key only the engine
 * holds. Format (then standard base64, like AWS's tokens): "STSP" | version 1 | 32-byte MAC | UTF-8 JSON.
 * Any change to a byte makes the MAC fail, so an altered or invented token is refused.
 */
const MAGIC = [0x53, 0x54, 0x53, 0x50] // "STSP"

export function sealSession(session: Session, key: Uint8Array, hashing: Hashing = jsHashing): string {
  const payload = utf8Encode(JSON.stringify(session))
  const tag = hashing.hmacSha256(key, payload)
  return toBase64(frameBytes(MAGIC, tag, payload))
}

/** The session inside a token, or undefined when the token is not one this engine issued intact. */
export function openSession(token: string, key: Uint8Array, hashing: Hashing = jsHashing): Session | undefined {
  const frame = unframeBytes(MAGIC, fromBase64(token))
  if (!frame) return undefined
  const { tag, payload } = frame
  if (!sameTag(tag, hashing.hmacSha256(key, payload))) return undefined
  try {
    const session = JSON.parse(utf8Decode(payload)) as Session
    return session.v === 1 ? session : undefined
  } catch {
    return undefined
  }
}
