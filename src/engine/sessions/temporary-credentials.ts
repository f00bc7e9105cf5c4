import { jsHashing, type Hashing } from '../auth/hashing.ts'
import type { EngineDeps } from '../deps.ts'
import { toBase64 } from './base64.ts'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/**
 * A temporary access key id: `ASIA` + 16 base32 characters whose leading bits encode the issuing
 * account exactly as real keys do (so GetAccessKeyInfo and the decoder of identity/access-key-account.ts find the
 * account); the rest is random.
 */
export function newTemporaryAccessKeyId(account: string, deps: EngineDeps): string {
  const random = deps.randomBytes(10)
  // 80 bits in all: bit 79 random, bits 78..39 the account (40 bits), bits 38..0 random.
  let bits = 0n
  for (const byte of random) bits = (bits << 8n) | BigInt(byte)
  const accountBits = BigInt(account) & 0xffffffffffn
  bits = (bits & ~(0xffffffffffn << 39n)) | (accountBits << 39n)
  let id = ''
  for (let i = 15; i >= 0; i--) id += BASE32[Number((bits >> BigInt(i * 5)) & 31n)]
  return `ASIA${id}`
}

/**
 * The secret of a temporary key, derived from the engine's key so that no table of secrets is
 * needed: 40 characters of A-Z, a-z, 0-9, + and / as AWS secrets look.
 */
export function secretForAccessKey(accessKeyId: string, engineKey: Uint8Array, hashing: Hashing = jsHashing): string {
  return toBase64(hashing.hmacSha256(engineKey, `secret:${accessKeyId}`).subarray(0, 30))
}
