// Base64 and base64url over UTF-8 text, with the browser's (and Node's) atob, btoa and TextDecoder.
// Strict on the way in: anything that is not exactly base64 (or not UTF-8) is undefined, never an exception.

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Bytes as UTF-8 text; undefined when they are not UTF-8 (binary data, a deflated message). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

/** Standard base64 with padding. Chunked, so a 100 kB assertion does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Standard base64 (A-Z a-z 0-9 + / with = padding, length a multiple of 4) to bytes; undefined otherwise. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined
  try {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return undefined
  }
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text))
}

/** Base64url without padding, as JWS segments are written (RFC 7515 §2). */
export function textToBase64Url(text: string): string {
  return textToBase64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Unpadded base64url to bytes; undefined for anything else (padding, +, /, a length of 4n+1). */
export function base64UrlToBytes(segment: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(segment) || segment.length % 4 === 1) return undefined
  const standard = segment.replace(/-/g, '+').replace(/_/g, '/')
  return base64ToBytes(standard + '='.repeat((4 - (standard.length % 4)) % 4))
}

/** A base64url segment read as UTF-8 text; undefined when it is not base64url or not UTF-8. */
export function base64UrlToText(segment: string): string | undefined {
  const bytes = base64UrlToBytes(segment)
  return bytes === undefined ? undefined : utf8Text(bytes)
}
