import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64, utf8Decode, utf8Encode } from './base64.ts'

// The engine's own base64 and UTF-8 (it runs without Buffer, btoa or TextEncoder): RFC test vectors,
// and round trips of random input.

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))

describe('toBase64 and fromBase64', () => {
  // RFC 4648 §10.
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('%j ↔ %j (RFC 4648)', (plain, encoded) => {
    expect(toBase64(ascii(plain))).toBe(encoded)
    expect(fromBase64(encoded)).toEqual(ascii(plain))
  })

  it('uses + and / for 62 and 63', () => {
    expect(toBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=')
    expect(fromBase64('+/8=')).toEqual(new Uint8Array([0xfb, 0xff]))
  })

  it('reads back whatever it wrote, four characters for every three bytes begun', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const text = toBase64(bytes)
        expect(text).toMatch(/^[A-Za-z0-9+/]*={0,2}$/)
        expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4)
        expect(fromBase64(text)).toEqual(bytes)
      }),
    )
  })

  it.each(['Q', 'QQ=', 'QQ===', 'Q===', 'QQ-_', 'QQ==QQ==', ' QQ==', 'QUJD\n', 'QUJé'])('%j is not base64: undefined', (text) => {
    expect(fromBase64(text)).toBeUndefined()
  })
})

describe('utf8Encode and utf8Decode', () => {
  it.each([
    ['A', [0x41]],
    ['é', [0xc3, 0xa9]],
    ['€', [0xe2, 0x82, 0xac]],
    ['𝄞', [0xf0, 0x9d, 0x84, 0x9e]],
    ['a€𝄞z', [0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9d, 0x84, 0x9e, 0x7a]],
  ])('%j ↔ %j', (text, bytes) => {
    expect([...utf8Encode(text)]).toEqual(bytes)
    expect(utf8Decode(Uint8Array.from(bytes))).toBe(text)
  })

  it('ASCII is its own code units, and comes back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 500 }), (text) => {
        expect(utf8Encode(text)).toEqual(ascii(text))
        expect(utf8Decode(ascii(text))).toBe(text)
      }),
    )
  })

  it('any well-formed text comes back the same, also after ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme-ascii', maxLength: 50 }), (text, prefix) => {
        expect(utf8Decode(utf8Encode(text))).toBe(text)
        expect(utf8Decode(utf8Encode(`${prefix}${text}`))).toBe(`${prefix}${text}`)
      }),
    )
  })

  it('ASCII longer than one 8192-character slice', () => {
    const text = 'a'.repeat(8191) + 'bc' + '{"v":1}'.repeat(2000)
    expect(utf8Decode(utf8Encode(text))).toBe(text)
    expect(fromBase64(toBase64(utf8Encode(text)))).toEqual(ascii(text))
  })
})
