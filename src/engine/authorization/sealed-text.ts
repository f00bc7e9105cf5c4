import { Sha256 } from '@aws-crypto/sha256-js'
import { fromBase64, toBase64, utf8Decode, utf8Encode } from '../sessions/base64.ts'

/**
 * Encoded authorization messages are sealed: encrypted with an HMAC-SHA256 keystream and
 * authenticated with HMAC-SHA256 under keys derived from the engine's session key, then written in
 * base64url like AWS's own (one long line, no padding). Only this engine can open them, and any
 * change to a character is detected.
 */

const VERSION = 1
const TAG_BYTES = 32

function hmac(key: Uint8Array, data: Uint8Array): Uint8Array {
  const mac = new Sha256(key)
  mac.update(data)
  return mac.digestSync()
}

/** Separate keys for authenticating and encrypting, derived from the engine key (domain-separated from session tokens). */
function keysFrom(key: Uint8Array): { macKey: Uint8Array; encKey: Uint8Array } {
  return {
    macKey: hmac(key, utf8Encode('sts-playground authorization message: mac')),
    encKey: hmac(key, utf8Encode('sts-playground authorization message: encryption')),
  }
}

function xorKeystream(data: Uint8Array, encKey: Uint8Array, tag: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length)
  const block = new Uint8Array(TAG_BYTES + 4)
  block.set(tag, 0)
  for (let offset = 0, counter = 0; offset < data.length; offset += TAG_BYTES, counter++) {
    block[TAG_BYTES] = (counter >>> 24) & 255
    block[TAG_BYTES + 1] = (counter >>> 16) & 255
    block[TAG_BYTES + 2] = (counter >>> 8) & 255
    block[TAG_BYTES + 3] = counter & 255
    const stream = hmac(encKey, block)
    for (let i = 0; i < TAG_BYTES && offset + i < data.length; i++) out[offset + i] = (data[offset + i] ?? 0) ^ (stream[i] ?? 0)
  }
  return out
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

export function sealText(text: string, key: Uint8Array): string {
  const body = utf8Encode(text)
  const plaintext = new Uint8Array(body.length + 1)
  plaintext[0] = VERSION
  plaintext.set(body, 1)
  const { macKey, encKey } = keysFrom(key)
  const tag = hmac(macKey, plaintext)
  const bytes = new Uint8Array(TAG_BYTES + plaintext.length)
  bytes.set(tag, 0)
  bytes.set(xorKeystream(plaintext, encKey, tag), TAG_BYTES)
  return toBase64Url(bytes)
}

/** base64url without padding (RFC 4648 §5), the alphabet of AWS's encoded messages. */
function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined
  const standard = text.replace(/-/g, '+').replace(/_/g, '/')
  const bytes = fromBase64(standard + '='.repeat((4 - (standard.length % 4)) % 4))
  // Only the canonical spelling: a last character with different unused bits is a changed message too.
  return bytes && toBase64Url(bytes) === text ? bytes : undefined
}

/** The text inside a string sealed by sealText under `key`, or undefined when it is malformed, altered or sealed elsewhere. */
export function openSealedText(encoded: string, key: Uint8Array): string | undefined {
  const bytes = fromBase64Url(encoded)
  if (!bytes || bytes.length <= TAG_BYTES + 1) return undefined
  const { macKey, encKey } = keysFrom(key)
  const tag = bytes.subarray(0, TAG_BYTES)
  const plaintext = xorKeystream(bytes.subarray(TAG_BYTES), encKey, tag)
  if (!sameBytes(tag, hmac(macKey, plaintext)) || plaintext[0] !== VERSION) return undefined
  return utf8Decode(plaintext.subarray(1))
}
