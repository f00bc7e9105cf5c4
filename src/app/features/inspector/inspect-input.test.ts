import fc from 'fast-check'
import { generateKeyPair, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { inspectInput } from './inspect-input.ts'
import { base64, ISSUER, responseXml } from './saml-fixtures.test-data.ts'
import { xmldomParse } from './xmldom-parse.ts'

const inspect = (text: string) => inspectInput(text, xmldomParse)

describe('inspectInput: what was pasted', () => {
  it('is empty for blank input', () => {
    expect(inspect('  \n ')).toEqual({ kind: 'empty' })
  })

  it('detects a JWT, with or without a Bearer prefix and surrounding space', async () => {
    const { privateKey } = await generateKeyPair('ES256')
    const jwt = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey)
    expect(inspect(`\n${jwt}\n`)).toMatchObject({ kind: 'jwt', jwt: { token: jwt, payload: { sub: 'alice' } } })
    expect(inspect(`Bearer ${jwt}`)).toMatchObject({ kind: 'jwt', jwt: { token: jwt } })
  })

  it('detects a base64 SAMLResponse and keeps it as the value to send', () => {
    const encoded = base64(responseXml())
    const inspection = inspect(encoded)
    expect(inspection).toMatchObject({ kind: 'saml', saml: { origin: 'base64', encoded, whitespaceRemoved: false, xml: responseXml() } })
    if (inspection.kind === 'saml') expect(inspection.saml.summary.assertionIssuer).toBe(ISSUER)
  })

  it('accepts base64 with line breaks (removed for sending) and a SAMLResponse= form field', () => {
    const encoded = base64(responseXml())
    const wrapped = encoded.replace(/(.{76})/g, '$1\n')
    expect(inspect(wrapped)).toMatchObject({ kind: 'saml', saml: { encoded, whitespaceRemoved: true } })
    expect(inspect(`SAMLResponse=${encodeURIComponent(encoded)}&RelayState=x`)).toMatchObject({ kind: 'saml', saml: { encoded } })
  })

  it('detects raw SAML XML (with an XML declaration) and encodes it', () => {
    const xml = responseXml({ prologue: '<?xml version="1.0" encoding="UTF-8"?>' })
    const inspection = inspect(xml)
    expect(inspection).toMatchObject({ kind: 'saml', saml: { origin: 'xml', xml, encoded: base64(xml) } })
    if (inspection.kind === 'saml') expect(inspection.saml.pretty.split('\n')[1]).toBe('  <saml:Issuer>https://idp.example.com/saml</saml:Issuer>')
  })

  it('refuses a DOCTYPE, in raw XML and in base64', () => {
    const evil = `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${responseXml({ issuer: '&x;' })}`
    expect(inspect(evil)).toEqual({ kind: 'problem', why: expect.stringContaining('DOCTYPE') })
    expect(inspect(base64(evil))).toEqual({ kind: 'problem', why: expect.stringContaining('DOCTYPE') })
  })

  it('says what is wrong with near misses', () => {
    expect(inspect('<html><body/></html>')).toEqual({ kind: 'problem', why: expect.stringContaining('not a SAML response') })
    expect(inspect('<samlp:Response>')).toEqual({ kind: 'problem', why: expect.stringMatching(/^Not well-formed XML/) })
    expect(inspect(base64('<x/>'))).toEqual({ kind: 'problem', why: expect.stringContaining('not a SAML response') })
    expect(inspect(Buffer.from([0x78, 0x9c, 0xff, 0x00]).toString('base64'))).toEqual({ kind: 'problem', why: expect.stringContaining('binary') })
    expect(inspect('abcde')).toEqual({ kind: 'problem', why: expect.stringContaining('multiple of 4') })
    expect(inspect('hello world!')).toEqual({ kind: 'problem', why: expect.stringContaining('Not recognised') })
    expect(inspect('a.b.c.d.e')).toEqual({ kind: 'problem', why: expect.stringContaining('JWE') })
  })

  it('refuses huge input without decoding it', () => {
    expect(inspect('A'.repeat(500_000))).toEqual({ kind: 'problem', why: expect.stringContaining('Too long to inspect: 500,000 characters') })
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[A-Za-z0-9_.-]{0,40}$/), fc.constant('<'), fc.string().map((s) => `<a>${s}</a>`)), (text) => {
        const inspection = inspect(text)
        expect(['empty', 'problem', 'jwt', 'saml']).toContain(inspection.kind)
      }),
    )
  })
})
