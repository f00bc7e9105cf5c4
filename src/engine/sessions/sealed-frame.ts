/**
 * The frame of the engine's sealed tokens (session tokens, console SigninTokens): a 4-byte magic
 * naming the kind, a format version (1), a 32-byte HMAC-SHA256 tag, then the payload. The caller
 * computes and checks the tag (each kind MACs its own way); this only lays the bytes out and reads
 * them back.
 */
export const MAC_BYTES = 32
const VERSION = 1

export function frameBytes(magic: readonly number[], tag: Uint8Array, payload: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(magic.length + 1 + MAC_BYTES + payload.length)
  bytes.set(magic, 0)
  bytes[magic.length] = VERSION
  bytes.set(tag, magic.length + 1)
  bytes.set(payload, magic.length + 1 + MAC_BYTES)
  return bytes
}

/** The tag and payload of a frame of this kind, or undefined when the bytes are not one. */
export function unframeBytes(magic: readonly number[], bytes: Uint8Array | undefined): { tag: Uint8Array; payload: Uint8Array } | undefined {
  if (!bytes || bytes.length <= magic.length + 1 + MAC_BYTES) return undefined
  if (magic.some((b, i) => bytes[i] !== b) || bytes[magic.length] !== VERSION) return undefined
  return { tag: bytes.subarray(magic.length + 1, magic.length + 1 + MAC_BYTES), payload: bytes.subarray(magic.length + 1 + MAC_BYTES) }
}

/** Compares two tags without stopping at the first difference. */
export function sameTag(a: Uint8Array, b: Uint8Array): boolean {
  let diff = 0
  for (let i = 0; i < MAC_BYTES; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}
