import { base64url } from 'jose'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonTextDepth } from '../../../validation/json-depth.ts'
import { decodeWebIdentityToken } from './decode-token.ts'

/** Any UTF-16 text, lone surrogates included (fast-check's 'binary' unit is slow to generate at this length). */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 })

const segment = (json: string) => base64url.encode(json)
const token = (header: string, claims: string) => `${segment(header)}.${segment(claims)}.c2ln`

describe(decodeWebIdentityToken, () => {
  it('reads a JWT’s header and claims', () => {
    expect(decodeWebIdentityToken(token('{"alg":"RS256"}', '{"iss":"https://idp.example.com","sub":"a"}'))).toEqual({
      ok: true,
      token: { header: { alg: 'RS256' }, claims: { iss: 'https://idp.example.com', sub: 'a' }, issuer: 'https://idp.example.com' },
    })
  })

  it('refuses header or claims nested past 1,000 levels, saying which', () => {
    const deep = `[${'['.repeat(1000)}${']'.repeat(1000)}]`
    expect(decodeWebIdentityToken(token(`{"alg":"RS256","x":${deep}}`, '{"iss":"i"}'))).toEqual({ ok: false, why: expect.stringContaining("The token's header is JSON whose arrays and objects nest more than 1,000 levels deep") })
    expect(decodeWebIdentityToken(token('{"alg":"RS256"}', `{"iss":"i","x":${deep}}`))).toEqual({ ok: false, why: expect.stringContaining("The token's claims set is JSON whose arrays and objects nest more than 1,000 levels deep") })
  })

  it('never throws, and takes claims nested up to 1,000 levels and no deeper (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}'
        const claims = `{"iss":"https://idp.example.com","x":${open.repeat(depth)}1${close.repeat(depth)}}`
        const decoded = decodeWebIdentityToken(token('{"alg":"RS256"}', claims))
        return decoded.ok === jsonTextDepth(claims) <= 1000
      }),
      { numRuns: 25 },
    )
    fc.assert(fc.property(anyText, (text) => void decodeWebIdentityToken(text)), { numRuns: 300 })
  })
})
