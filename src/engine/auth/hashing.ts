import { Sha256 } from '@aws-crypto/sha256-js'

/**
 * SHA-256 and HMAC-SHA256, the two primitives SigV4 and session tokens need. The engine's default is
 * the pure-JavaScript @aws-crypto/sha256-js, which runs anywhere; a host with native hashing (the
 * Node endpoint) can pass its own through EngineDeps, which makes verifying a request several times cheaper.
 */
export interface Hashing {
  sha256(data: string | Uint8Array): Uint8Array
  hmacSha256(key: string | Uint8Array, data: string | Uint8Array): Uint8Array
  /** The same digests as lower-case hex, for hosts that produce hex natively (SigV4 works in hex). */
  sha256Hex?(data: string): string
  hmacSha256Hex?(key: Uint8Array, data: string): string
}

export const jsHashing: Hashing = {
  sha256(data) {
    const hash = new Sha256()
    hash.update(data) // Sha256 encodes strings as UTF-8 itself
    return hash.digestSync()
  },
  hmacSha256(key, data) {
    // Sha256 treats an empty key as "no key" and hashes plainly; HMAC pads keys with zero bytes,
    // so an empty key is the same as one zero byte.
    const hmac = new Sha256(key.length === 0 ? new Uint8Array(1) : key)
    hmac.update(data)
    return hmac.digestSync()
  },
}
