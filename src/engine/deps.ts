import type { Hashing } from './auth/hashing.ts'

/**
 * The host's WebCrypto object: `globalThis.crypto` in browsers, `webcrypto` from `node:crypto` in
 * Node. Typed by the one member the engine uses, so the engine compiles without DOM or Node types.
 */
export interface WebCrypto {
  readonly subtle: object
}

/**
 * What the engine needs from the outside world. The engine never reads the wall clock or a
 * random source by itself, so the same inputs always give the same outputs.
 */
export interface EngineDeps {
  /** Milliseconds since the Unix epoch, on the engine's clock (virtual in the app, the wall clock in `serve:sts`). */
  now(): number
  /** Fills a new array with `length` cryptographically random bytes. */
  randomBytes(length: number): Uint8Array
  /** Native SHA-256 / HMAC-SHA256, when the host has them (the default is pure JavaScript). */
  hashing?: Hashing
  /**
   * WebCrypto, for what needs the host's cryptography: AssumeRoleWithSAML verifies XML signatures
   * with it (xmldsigjs). The engine never reaches for the host's global itself; without it,
   * AssumeRoleWithSAML answers 500 and says why.
   */
  webCrypto?: WebCrypto
}

/** A clock fixed at one instant and a seeded byte stream: for tests and reproducible scenarios. */
export function fixedDeps(nowMs: number, seed = 1): EngineDeps & { advance(ms: number): void } {
  let current = nowMs
  let state = seed >>> 0 || 1
  return {
    now: () => current,
    advance(ms: number) {
      current += ms
    },
    randomBytes(length: number) {
      const bytes = new Uint8Array(length)
      for (let i = 0; i < length; i++) {
        // xorshift32: deterministic, good enough to make distinct ids in tests.
        state ^= state << 13
        state ^= state >>> 17
        state ^= state << 5
        bytes[i] = state & 0xff
      }
      return bytes
    },
  }
}
