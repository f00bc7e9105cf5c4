import {
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  GetCallerIdentityCommand,
  InvalidIdentityTokenException,
  STSClient,
} from '@aws-sdk/client-sts'
import { webcrypto } from 'node:crypto'
import * as xmldom from '@xmldom/xmldom'
import { DOMParser } from '@xmldom/xmldom'
import { importJWK, SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { SignedXml } from 'xml-crypto'
import * as xmlCore from 'xml-core'
import * as xmldsig from 'xmldsigjs'
import * as xpath from 'xpath'
import { OIDC_PRIVATE_JWK, SAML_IDP_CERT_PEM, SAML_IDP_PRIVATE_KEY_PEM } from '../engine/testing/demo-idp-keys.ts'
import { DEMO_SAML_PROVIDER as SAML_PROVIDER, DEMO_SAML_ROLE as SAML_ROLE, iso } from '../engine/testing/saml-response.ts'
import { serveStsForFile } from './testing/start-serve-sts.ts'

// The two unsigned federation operations through `npm run serve:sts` with the real
// @aws-sdk/client-sts (which sends them without credentials and parses our answers), with the
// assertion signed by an independent XML-DSig implementation, xml-crypto (the engine verifies with
// xmldsigjs), and xml-crypto checking what the engine's own test signer produces. Real time: the
// endpoint uses the wall clock.

const WEB_APP_USER = 'arn:aws:iam::111111111111:role/WebAppUser'
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256'
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#'
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature'
const ASSERTION = "//*[local-name(.)='Assertion']"

const served = serveStsForFile()
let client: STSClient

beforeAll(() => {
  client = new STSClient({ endpoint: served.endpoint, region: 'us-east-1', maxAttempts: 1 })
})

function samlXml(now: number, sessionName = 'alice@example.com'): string {
  const attribute = (name: string, value: string) => `<saml:Attribute Name="${name}"><saml:AttributeValue>${value}</saml:AttributeValue></saml:Attribute>`
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="${iso(now)}">` +
    '<saml:Issuer>https://idp.example.com/saml</saml:Issuer>' +
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>' +
    `<saml:Assertion ID="_a1" Version="2.0" IssueInstant="${iso(now)}">` +
    '<saml:Issuer>https://idp.example.com/saml</saml:Issuer>' +
    '<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_9f1c</saml:NameID>' +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(now + 300_000)}" Recipient="https://signin.aws.amazon.com/saml"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(now - 60_000)}" NotOnOrAfter="${iso(now + 300_000)}"><saml:AudienceRestriction><saml:Audience>urn:amazon:webservices</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    '<saml:AttributeStatement>' +
    attribute('https://aws.amazon.com/SAML/Attributes/Role', `${SAML_ROLE},${SAML_PROVIDER}`) +
    attribute('https://aws.amazon.com/SAML/Attributes/RoleSessionName', sessionName) +
    '</saml:AttributeStatement></saml:Assertion></samlp:Response>'
  )
}

/** Signs the Assertion with xml-crypto: RSA-SHA256, exclusive C14N, enveloped, after the Issuer. */
function signWithXmlCrypto(xml: string, privateKey = SAML_IDP_PRIVATE_KEY_PEM): string {
  const signer = new SignedXml({ privateKey, publicCert: SAML_IDP_CERT_PEM, signatureAlgorithm: RSA_SHA256, canonicalizationAlgorithm: EXC_C14N })
  signer.addReference({ xpath: ASSERTION, transforms: [ENVELOPED, EXC_C14N], digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256' })
  signer.computeSignature(xml, { prefix: 'ds', location: { reference: `${ASSERTION}/*[local-name(.)='Issuer']`, action: 'after' } })
  return signer.getSignedXml()
}

/** Signs the Assertion with xmldsigjs on Node's WebCrypto: RSA-SHA256, exclusive C14N, enveloped, after the Issuer. */
async function signWithXmldsigjs(xml: string): Promise<string> {
  xmlCore.setNodeDependencies({ DOMParser: xmldom.DOMParser, XMLSerializer: xmldom.XMLSerializer, xpath })
  xmldsig.Application.setEngine('NodeJS', { subtle: webcrypto.subtle } as never)
  const der = Buffer.from(SAML_IDP_PRIVATE_KEY_PEM.replace(/-----[A-Z ]+-----|\s+/g, ''), 'base64')
  const key = await webcrypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'])
  const document = new xmldom.DOMParser().parseFromString(xml, 'application/xml')
  const assertion = document.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Assertion')[0]
  if (!assertion) throw new Error('no Assertion')
  const signer = new xmldsig.SignedXml()
  signer.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = EXC_C14N
  const signature = await signer.Sign({ name: 'RSASSA-PKCS1-v1_5' } as never, key as never, document as never, {
    references: [{ uri: '#_a1', hash: 'SHA-256', transforms: ['enveloped', 'exc-c14n'] }],
    x509: [SAML_IDP_CERT_PEM.replace(/-----[A-Z ]+-----|\s+/g, '')],
  })
  const issuer = assertion.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Issuer')[0]
  assertion.insertBefore(signature.GetXml() as unknown as xmldom.Node, issuer?.nextSibling ?? null)
  return new xmldom.XMLSerializer().serializeToString(document)
}

describe('AssumeRoleWithSAML with the real SDK and an xml-crypto signature', () => {
  it('an assertion signed by xml-crypto with the demo IdP key is accepted; the SDK reads every field', async () => {
    const assertion = Buffer.from(signWithXmlCrypto(samlXml(Date.now()))).toString('base64')
    const out = await client.send(new AssumeRoleWithSAMLCommand({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: assertion }))
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com')
    expect(out.Issuer).toBe('https://idp.example.com/saml')
    expect(out.Audience).toBe('https://signin.aws.amazon.com/saml')
    expect(out.Subject).toBe('_9f1c')
    expect(out.SubjectType).toBe('transient')
    expect(out.NameQualifier).toMatch(/^[A-Za-z0-9+/]{27}=$/)
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/)
    const c = out.Credentials
    const session = new STSClient({ endpoint: served.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: c?.AccessKeyId ?? '', secretAccessKey: c?.SecretAccessKey ?? '', sessionToken: c?.SessionToken ?? '' } })
    expect((await session.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com')
  })

  it('fact 74: xml-crypto signing with another key: InvalidIdentityToken "Response signature invalid"', async () => {
    const { privateKey } = await import('node:crypto').then((c) => c.generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }))
    const assertion = Buffer.from(signWithXmlCrypto(samlXml(Date.now()), privateKey)).toString('base64')
    const error = await client.send(new AssumeRoleWithSAMLCommand({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: assertion })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect((error as Error).message).toBe('Response signature invalid')
  })

  it('fact 72: the SDK sees InvalidIdentityToken for a missing RoleSessionName', async () => {
    const xml = samlXml(Date.now()).replace(/<saml:Attribute Name="https:\/\/aws\.amazon\.com\/SAML\/Attributes\/RoleSessionName">.*?<\/saml:Attribute>/, '')
    const error = await client.send(new AssumeRoleWithSAMLCommand({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: Buffer.from(signWithXmlCrypto(xml)).toString('base64') })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect((error as Error).message).toBe('RoleSessionName is required in AuthnResponse')
  })

  it('xml-crypto verifies an xmldsigjs signature (the engine’s library) made the way the engine’s tests sign, and the engine accepts it', async () => {
    const signed = await signWithXmldsigjs(samlXml(Date.now()))
    const verify = (xml: string) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml')
      const verifier = new SignedXml({ publicCert: SAML_IDP_CERT_PEM })
      verifier.loadSignature(document.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0] as unknown as Node)
      try {
        return verifier.checkSignature(xml)
      } catch {
        return false
      }
    }
    expect(verify(signed)).toBe(true)
    expect(verify(signed.replace('alice@example.com', 'mallory@example.com'))).toBe(false)
    const out = await client.send(new AssumeRoleWithSAMLCommand({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: Buffer.from(signed).toString('base64') }))
    expect(out.Subject).toBe('_9f1c')
  })
})

describe('AssumeRoleWithWebIdentity with the real SDK', () => {
  it('facts 70, 71: an ID token signed with the demo OIDC key; the SDK reads Provider, Audience, SubjectFromWebIdentityToken', async () => {
    const now = Math.floor(Date.now() / 1000)
    const key = await importJWK(OIDC_PRIVATE_JWK, 'RS256')
    const token = await new SignJWT({ sub: 'user-42', aud: 'playground-web' }).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).setIssuer('https://oidc.example.com').setIssuedAt(now).setExpirationTime(now + 600).sign(key)
    const out = await client.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: WEB_APP_USER, RoleSessionName: 'sdk', WebIdentityToken: token }))
    expect(out.Provider).toBe('arn:aws:iam::111111111111:oidc-provider/oidc.example.com')
    expect(out.Audience).toBe('playground-web')
    expect(out.SubjectFromWebIdentityToken).toBe('user-42')
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/WebAppUser/sdk')
  })

  it('fact 68: an expired token reaches the SDK as ExpiredTokenException', async () => {
    const now = Math.floor(Date.now() / 1000)
    const key = await importJWK(OIDC_PRIVATE_JWK, 'RS256')
    const token = await new SignJWT({ sub: 'user-42', aud: 'playground-web' }).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).setIssuer('https://oidc.example.com').setIssuedAt(now - 7200).setExpirationTime(now - 3600).sign(key)
    const error = await client.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: WEB_APP_USER, RoleSessionName: 'sdk', WebIdentityToken: token })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExpiredTokenException)
    expect((error as Error).message).toMatch(/^Token expired: current date\/time \d+ must be before the expiration date\/time \d+$/)
  })
})
