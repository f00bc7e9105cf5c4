const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The value of each base64 character by its code, 0 for anything else (`=` included). */
const VALUES = new Uint8Array(128)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Character codes (all below 0x80) to a string, in slices small enough for Function.prototype.apply. */
function fromCodes(codes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[])
  return out
}

/** Standard base64 with padding (the engine has no btoa/atob: it runs without DOM or Node globals). */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    out += ALPHABET[a >> 2]
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]
    out += c === undefined ? '=' : ALPHABET[c & 63]
  }
  return out
}

/**
 * Decodes standard base64; undefined for anything that is not. Session tokens are opened on every
 * request signed with temporary credentials, so this looks values up in a table rather than
 * searching the alphabet.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const triple =
      ((VALUES[text.charCodeAt(i)] ?? 0) << 18) | ((VALUES[text.charCodeAt(i + 1)] ?? 0) << 12) | ((VALUES[text.charCodeAt(i + 2)] ?? 0) << 6) | (VALUES[text.charCodeAt(i + 3)] ?? 0)
    if (o < out.length) out[o++] = (triple >> 16) & 255
    if (o < out.length) out[o++] = (triple >> 8) & 255
    if (o < out.length) out[o++] = triple & 255
  }
  return out
}

/** UTF-8 encoding and decoding, by hand for the same reason; ASCII, the usual case, takes a short cut. */
export function utf8Encode(text: string): Uint8Array {
  const ascii = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) return utf8EncodeAny(text)
    ascii[i] = code
  }
  return ascii
}

function utf8EncodeAny(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
  }
  return Uint8Array.from(bytes)
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return false
  return true
}

export function utf8Decode(bytes: Uint8Array): string {
  if (isAscii(bytes)) return fromCodes(bytes)
  let out = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0
    const size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4
    let code = size === 1 ? b : b & (0xff >> (size + 1))
    for (let k = 1; k < size; k++) code = (code << 6) | ((bytes[i + k] ?? 0) & 63)
    out += String.fromCodePoint(Math.min(code, 0x10ffff))
    i += size
  }
  return out
}
