import { jsHashing, type Hashing } from './hashing.ts'

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += HEX[byte] ?? ''
  return out
}

export function sha256Hex(data: string | Uint8Array, hashing: Hashing = jsHashing): string {
  return typeof data === 'string' && hashing.sha256Hex ? hashing.sha256Hex(data) : toHex(hashing.sha256(data))
}

export function hmacSha256(key: string | Uint8Array, data: string, hashing: Hashing = jsHashing): Uint8Array {
  return hashing.hmacSha256(key, data)
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string, hashing: Hashing = jsHashing): Uint8Array {
  const kDate = hmacSha256(`AWS4${secretAccessKey}`, date, hashing)
  const kRegion = hmacSha256(kDate, region, hashing)
  const kService = hmacSha256(kRegion, service, hashing)
  return hmacSha256(kService, 'aws4_request', hashing)
}

/** Compares two hex strings without stopping at the first difference. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** The SigV4 string to sign: algorithm, request time, scope, and the hash of the canonical request. */
export function stringToSign(amzDate: string, scope: string, canonical: string, hashing: Hashing = jsHashing): string {
  return ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical, hashing)].join('\n')
}

/**
 * Signing keys depend only on the secret, the day, the region and the service, so they are kept:
 * deriving one costs four HMACs, most of the work of verifying a request. The memo is bounded and
 * holds nothing but derived keys (a pure function's results), like the signing-key cache AWS's
 * own SDK signers keep.
 */
const SIGNING_KEY_MEMO_LIMIT = 256
const signingKeyMemo = new Map<string, Uint8Array>()

function memoSigningKey(secretAccessKey: string, date: string, region: string, service: string, hashing: Hashing): Uint8Array {
  const id = `${secretAccessKey}\u0000${date}\u0000${region}\u0000${service}`
  let key = signingKeyMemo.get(id)
  if (!key) {
    key = signingKey(secretAccessKey, date, region, service, hashing)
    if (signingKeyMemo.size >= SIGNING_KEY_MEMO_LIMIT) signingKeyMemo.delete(signingKeyMemo.keys().next().value ?? '')
    signingKeyMemo.set(id, key)
  }
  return key
}

/** The hex signature of a string to sign, for the given secret and `date/region/service/aws4_request` scope. */
export function signatureFor(secretAccessKey: string, scope: string, toSign: string, hashing: Hashing = jsHashing): string {
  const [date = '', region = '', service = ''] = scope.split('/')
  const key = memoSigningKey(secretAccessKey, date, region, service, hashing)
  return hashing.hmacSha256Hex ? hashing.hmacSha256Hex(key, toSign) : toHex(hmacSha256(key, toSign, hashing))
}
