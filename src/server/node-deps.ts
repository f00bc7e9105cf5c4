import { createHash, createHmac, hash, randomFillSync, webcrypto } from 'node:crypto'
import type { EngineDeps, Hashing } from '../engine/index.ts'

/**
 * Node's native SHA-256 and HMAC: the same results as the engine's pure-JS default, several times
 * faster. The hex forms matter: crypto.hash's one-shot hex digest costs a quarter of a Hash object
 * and a hex conversion in JavaScript, and SigV4 hashes twice and signs once per request in hex.
 */
export const nodeHashing: Hashing = {
  sha256: (data) => createHash('sha256').update(data).digest(),
  hmacSha256: (key, data) => createHmac('sha256', key).update(data).digest(),
  sha256Hex: (data) => hash('sha256', data, 'hex'),
  hmacSha256Hex: (key, data) => createHmac('sha256', key).update(data).digest('hex'),
}

/**
 * The endpoint's dependencies: the wall clock, the system's random source (drawn in blocks, since
 * every request needs a few bytes for its request id and a system call per request costs more
 * than the rest of a request's randomness), native hashing, and Node's WebCrypto (AssumeRoleWithSAML
 * verifies XML signatures with it).
 */
export function nodeDeps(): EngineDeps {
  const pool = new Uint8Array(4096)
  let used = pool.length
  return {
    now: () => Date.now(),
    randomBytes(length) {
      if (length > pool.length) return randomFillSync(new Uint8Array(length))
      if (used + length > pool.length) {
        randomFillSync(pool)
        used = 0
      }
      const bytes = pool.slice(used, used + length)
      used += length
      return bytes
    },
    hashing: nodeHashing,
    webCrypto: webcrypto,
  }
}
