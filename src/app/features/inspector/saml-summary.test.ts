import { describe, expect, it } from 'vitest'
import { ISSUER, responseXml, SIGNIN } from './saml-fixtures.test-data.ts'
import { algorithmName, samlInstantMs, summarizeSaml } from './saml-summary.ts'
import { readXml } from './xml-reader.ts'
import { xmldomParse } from './xmldom-parse.ts'

function summary(xml: string) {
  const reading = readXml(xml, xmldomParse)
  if (!reading.ok) throw new Error(reading.why)
  return summarizeSaml(reading.root)
}

describe('summarizeSaml', () => {
  it('reads what AWS reads from a Response', () => {
    const s = summary(responseXml())
    expect(s.rootKind).toBe('response')
    expect(s.rootName).toBe('samlp:Response')
    expect(s.assertionIssuer).toBe(ISSUER)
    expect(s.responseIssuer).toBe(ISSUER)
    expect(s.destination).toBe(SIGNIN)
    expect(s.statusCode).toBe('urn:oasis:names:tc:SAML:2.0:status:Success')
    expect(s.nameId).toEqual({ value: 'alice@example.com', format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' })
    expect(s.audiences).toEqual([SIGNIN])
    expect(s.recipients).toEqual([SIGNIN])
    expect(s.warnings).toEqual([])
  })

  it('lists the validity window with each instant parsed', () => {
    expect(summary(responseXml()).instants).toEqual([
      { label: 'Assertion IssueInstant', role: 'issued', value: '2026-01-01T12:00:00Z', ms: Date.UTC(2026, 0, 1, 12) },
      { label: 'Conditions NotBefore', role: 'not-before', value: '2026-01-01T11:59:00Z', ms: Date.UTC(2026, 0, 1, 11, 59) },
      { label: 'Conditions NotOnOrAfter', role: 'expires', value: '2026-01-01T12:05:00Z', ms: Date.UTC(2026, 0, 1, 12, 5) },
      { label: 'SubjectConfirmationData NotOnOrAfter', role: 'expires', value: '2026-01-01T12:05:00Z', ms: Date.UTC(2026, 0, 1, 12, 5) },
      { label: 'AuthnStatement SessionNotOnOrAfter', role: 'session-ends', value: '2026-01-01T20:00:00Z', ms: Date.UTC(2026, 0, 1, 20) },
    ])
  })

  it('marks the attributes AWS reads, and keeps the others', () => {
    const attributes = summary(responseXml({ extraAttributes: '<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/SourceIdentity"><saml:AttributeValue>alice</saml:AttributeValue></saml:Attribute><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Nope"><saml:AttributeValue>x</saml:AttributeValue></saml:Attribute>' })).attributes
    expect(attributes.map((a) => a.aws)).toEqual(['Role', 'RoleSessionName', 'SessionDuration', 'PrincipalTag:Project', 'TransitiveTagKeys', undefined, 'SourceIdentity', undefined])
    expect(attributes.find((a) => a.aws === 'TransitiveTagKeys')?.values).toEqual(['Project', 'Team'])
    expect(attributes.find((a) => a.name === 'department')?.values).toEqual(['R&D'])
  })

  it('finds the signature on the Assertion: algorithm, reference and embedded certificate', () => {
    expect(summary(responseXml()).signatures).toEqual([
      {
        on: 'Assertion',
        algorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        digestAlgorithms: ['http://www.w3.org/2001/04/xmlenc#sha256'],
        referenceUris: ['#_assertion-1'],
        coversParent: true,
        certificateEmbedded: true,
      },
    ])
  })

  it('finds a signature on the Response, and none when unsigned', () => {
    expect(summary(responseXml({ signature: 'response' })).signatures.map((s) => [s.on, s.coversParent])).toEqual([['Response', true]])
    expect(summary(responseXml({ signature: 'none' })).signatures).toEqual([])
  })

  it('warns about several assertions, a bare Assertion and other roots', () => {
    expect(summary(responseXml({ assertions: 2 })).warnings).toEqual([expect.stringContaining('2 Assertion elements')])
    const bare = summary('<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="a"><saml:Issuer>x</saml:Issuer></saml:Assertion>')
    expect(bare.rootKind).toBe('assertion')
    expect(bare.assertionIssuer).toBe('x')
    expect(bare.warnings).toEqual([expect.stringContaining('bare Assertion')])
    expect(summary('<Response/>').warnings).toEqual([expect.stringContaining('neither')])
  })

  it('warns about an encrypted assertion', () => {
    const s = summary('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:EncryptedAssertion/></samlp:Response>')
    expect(s.encryptedAssertionCount).toBe(1)
    expect(s.warnings).toEqual([expect.stringContaining('EncryptedAssertion')])
  })

  it('copes with a Response that has none of the expected parts', () => {
    const s = summary('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>')
    expect(s).toMatchObject({ assertionIssuer: undefined, nameId: undefined, audiences: [], recipients: [], instants: [], attributes: [], signatures: [] })
  })
})

describe('samlInstantMs and algorithmName', () => {
  it('parses xs:dateTime with a zone only', () => {
    expect(samlInstantMs('2026-01-01T12:00:00.500+01:00')).toBe(Date.UTC(2026, 0, 1, 11, 0, 0, 500))
    expect(samlInstantMs('2026-01-01T12:00:00')).toBeUndefined()
    expect(samlInstantMs('tomorrow')).toBeUndefined()
  })
  it('names known algorithms and leaves others as URIs', () => {
    expect(algorithmName('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')).toBe('RSA-SHA256')
    expect(algorithmName('urn:other')).toBe('urn:other')
  })
})
