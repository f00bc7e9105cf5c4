/**
 * A small base64 decoder (RFC 4648 §4, the standard alphabet), written here because the engine may not
 * use atob or Buffer. Padding is optional; any other character, or a length that leaves a single
 * dangling character, makes the text invalid. Unused low bits of the last character are ignored.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function decodeBase64(text: string): number[] | undefined {
  const body = text.endsWith('==') ? text.slice(0, -2) : text.endsWith('=') ? text.slice(0, -1) : text
  if (body.length !== text.length && text.length % 4 !== 0) return undefined // padding only on a full quantum
  if (body.length % 4 === 1) return undefined
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of body) {
    const sextet = ALPHABET.indexOf(char)
    if (sextet < 0) return undefined
    buffer = ((buffer << 6) | sextet) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return bytes
}
