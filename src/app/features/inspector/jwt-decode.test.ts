import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { audiences, decodeJwt, parseJsonObject, tagsClaim, timeClaims, TAGS_CLAIM } from './jwt-decode.ts'

let privateKey: CryptoKey
beforeAll(async () => {
  ;({ privateKey } = await generateKeyPair('RS256'))
})

async function token(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' }).sign(privateKey)
}

describe('decodeJwt', () => {
  it('decodes a signed token made by jose', async () => {
    const jwt = await token({ iss: 'https://oidc.example.com', sub: 'alice', aud: 'playground-web', exp: 1_800_000_000 })
    const decoded = decodeJwt(jwt)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    expect(decoded.jwt.header).toEqual({ alg: 'RS256', kid: 'k1', typ: 'JWT' })
    expect(decoded.jwt.payload).toEqual({ iss: 'https://oidc.example.com', sub: 'alice', aud: 'playground-web', exp: 1_800_000_000 })
    expect(decoded.jwt.signatureBytes).toBe(256)
    expect(`${decoded.jwt.headerSegment}.${decoded.jwt.payloadSegment}.${decoded.jwt.signatureSegment}`).toBe(jwt)
  })

  it('decodes an unsigned token (alg none) with an empty signature', () => {
    const decoded = decodeJwt(new UnsecuredJWT({ sub: 'x' }).encode())
    expect(decoded).toMatchObject({ ok: true, jwt: { header: { alg: 'none' }, signatureBytes: 0, signatureSegment: '' } })
  })

  it('explains what is wrong with broken tokens', () => {
    expect(decodeJwt('a.b')).toEqual({ ok: false, why: expect.stringContaining('this has 2') })
    expect(decodeJwt('a.b.c.d.e')).toEqual({ ok: false, why: expect.stringContaining('JWE') })
    expect(decodeJwt('%%%.e30.')).toEqual({ ok: false, why: expect.stringContaining('header segment') })
    expect(decodeJwt('e30.bm90IGpzb24.')).toEqual({ ok: false, why: expect.stringContaining('payload is not valid JSON') })
    expect(decodeJwt('WzFd.e30.')).toEqual({ ok: false, why: expect.stringContaining('not an object') })
    expect(decodeJwt('e30.e30.a')).toEqual({ ok: false, why: expect.stringContaining('signature') })
  })
})

describe('timeClaims', () => {
  it('reads iat, nbf and exp as instants', () => {
    expect(timeClaims({ iat: 1_700_000_000, nbf: 1_700_000_000.5, exp: 'soon' })).toEqual([
      { name: 'iat', role: 'issued', raw: 1_700_000_000, ms: 1_700_000_000_000, integer: true },
      { name: 'nbf', role: 'not-before', raw: 1_700_000_000.5, ms: 1_700_000_000_500, integer: false },
      { name: 'exp', role: 'expires', raw: 'soon', ms: undefined, integer: false },
    ])
    expect(timeClaims({})).toEqual([])
  })
})

describe('tagsClaim', () => {
  it('lists principal tags with whether each is transitive', () => {
    const claim = { principal_tags: { Project: ['Phoenix'], Team: ['Blue'] }, transitive_tag_keys: ['Project', 'Cost'] }
    expect(tagsClaim({ [TAGS_CLAIM]: claim })).toEqual({
      rows: [
        { key: 'Project', value: 'Phoenix', transitive: true },
        { key: 'Team', value: 'Blue', transitive: false },
        { key: 'Cost', value: undefined, transitive: true },
      ],
      problems: [],
    })
  })

  it('reports shapes STS refuses', () => {
    expect(tagsClaim({ [TAGS_CLAIM]: 'x' })?.problems).toEqual([expect.stringContaining('not a JSON object')])
    expect(tagsClaim({ [TAGS_CLAIM]: { principal_tags: { A: 'v', B: ['1', '2'] } } })?.problems).toHaveLength(2)
    expect(tagsClaim({ [TAGS_CLAIM]: { transitive_tag_keys: [1] } })?.problems).toEqual(['transitive_tag_keys is not an array of strings.'])
    expect(tagsClaim({})).toBeUndefined()
  })
})

describe('audiences and parseJsonObject', () => {
  it('reads aud as a string or an array', () => {
    expect(audiences({ aud: 'a' })).toEqual(['a'])
    expect(audiences({ aud: ['a', 'b'] })).toEqual(['a', 'b'])
    expect(audiences({})).toEqual([])
  })
  it('wants a JSON object', () => {
    expect(parseJsonObject('{"a":1}', 'header')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonObject('{', 'header')).toEqual({ ok: false, why: expect.stringMatching(/^The header is not valid JSON/) })
    expect(parseJsonObject('null', 'header').ok).toBe(false)
  })
})
