import { jsHashing, type Hashing } from '../auth/hashing.ts'
import { fromBase64, toBase64, utf8Decode, utf8Encode } from './base64.ts'
import type { Session } from './session.ts'

/**
 * Session tokens: the session record, authenticated with HMAC-SHA256 under a key only the engine
 * holds. Format (then standard base64, like AWS's tokens): "STSP" | version 1 | 32-byte MAC | UTF-8 JSON.
 * Any change to a byte makes the MAC fail, so an altered or invented token is refused.
 */
const MAGIC = [0x53, 0x54, 0x53, 0x50] // "STSP"
const MAC_BYTES = 32

export function sealSession(session: Session, key: Uint8Array, hashing: Hashing = jsHashing): string {
  const payload = utf8Encode(JSON.stringify(session))
  const tag = hashing.hmacSha256(key, payload)
  const bytes = new Uint8Array(MAGIC.length + 1 + MAC_BYTES + payload.length)
  bytes.set(MAGIC, 0)
  bytes[MAGIC.length] = 1
  bytes.set(tag, MAGIC.length + 1)
  bytes.set(payload, MAGIC.length + 1 + MAC_BYTES)
  return toBase64(bytes)
}

/** The session inside a token, or undefined when the token is not one this engine issued intact. */
export function openSession(token: string, key: Uint8Array, hashing: Hashing = jsHashing): Session | undefined {
  const bytes = fromBase64(token)
  if (!bytes || bytes.length <= MAGIC.length + 1 + MAC_BYTES) return undefined
  if (MAGIC.some((b, i) => bytes[i] !== b) || bytes[MAGIC.length] !== 1) return undefined
  const tag = bytes.subarray(MAGIC.length + 1, MAGIC.length + 1 + MAC_BYTES)
  const payload = bytes.subarray(MAGIC.length + 1 + MAC_BYTES)
  const expected = hashing.hmacSha256(key, payload)
  let diff = 0
  for (let i = 0; i < MAC_BYTES; i++) diff |= (tag[i] ?? 0) ^ (expected[i] ?? 0)
  if (diff !== 0) return undefined
  try {
    const session = JSON.parse(utf8Decode(payload)) as Session
    return session.v === 1 ? session : undefined
  } catch {
    return undefined
  }
}
