import { Sha256 } from '@aws-crypto/sha256-js'

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

export function sha256Hex(data: string | Uint8Array): string {
  const hash = new Sha256()
  hash.update(data) // Sha256 encodes strings as UTF-8 itself
  return toHex(hash.digestSync())
}

export function hmacSha256(key: string | Uint8Array, data: string): Uint8Array {
  const hmac = new Sha256(key)
  hmac.update(data)
  return hmac.digestSync()
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Uint8Array {
  const kDate = hmacSha256(`AWS4${secretAccessKey}`, date)
  const kRegion = hmacSha256(kDate, region)
  const kService = hmacSha256(kRegion, service)
  return hmacSha256(kService, 'aws4_request')
}

/** Compares two hex strings without stopping at the first difference. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** The SigV4 string to sign: algorithm, request time, scope, and the hash of the canonical request. */
export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n')
}

/** The hex signature of a string to sign, for the given secret and `date/region/service/aws4_request` scope. */
export function signatureFor(secretAccessKey: string, scope: string, toSign: string): string {
  const [date = '', region = '', service = ''] = scope.split('/')
  return toHex(hmacSha256(signingKey(secretAccessKey, date, region, service), toSign))
}
