import { describe, expect, it } from 'vitest'
import { base64ToBytes, base64UrlToBytes, base64UrlToText, bytesToBase64, textToBase64, textToBase64Url, utf8Text } from './base64-text.ts'

describe('base64 and base64url text', () => {
  it('round-trips UTF-8 text through base64 and base64url', () => {
    const text = 'Zoë → 東京 🚀'
    expect(textToBase64(text)).toBe(Buffer.from(text).toString('base64'))
    expect(textToBase64Url(text)).toBe(Buffer.from(text).toString('base64url'))
    expect(base64UrlToText(textToBase64Url(text))).toBe(text)
  })

  it('encodes large inputs without overflowing the argument list', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 256)
    const encoded = bytesToBase64(bytes)
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
    expect(Buffer.from(base64ToBytes(encoded) ?? []).equals(Buffer.from(bytes))).toBe(true)
  })

  it('refuses what is not exactly base64', () => {
    expect(base64ToBytes('abc')).toBeUndefined()
    expect(base64ToBytes('ab=c')).toBeUndefined()
    expect(base64ToBytes('a-b_')).toBeUndefined()
    expect(base64ToBytes('')).toEqual(new Uint8Array())
  })

  it('refuses what is not unpadded base64url', () => {
    expect(base64UrlToBytes('ab+/')).toBeUndefined()
    expect(base64UrlToBytes('YQ==')).toBeUndefined()
    expect(base64UrlToBytes('a')).toBeUndefined()
    expect(base64UrlToBytes('YQ')).toEqual(new Uint8Array([97]))
  })

  it('says undefined for bytes that are not UTF-8', () => {
    expect(utf8Text(new Uint8Array([0xff, 0xfe, 0x00]))).toBeUndefined()
    expect(base64UrlToText('__8')).toBeUndefined()
  })
})
