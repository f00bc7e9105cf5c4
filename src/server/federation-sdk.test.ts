import {
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  GetCallerIdentityCommand,
  IDPCommunicationErrorException,
  IDPRejectedClaimException,
  InvalidIdentityTokenException,
  STSClient,
} from '@aws-sdk/client-sts'
import { webcrypto } from 'node:crypto'
import * as xmldom from '@xmldom/xmldom'
import { DOMParser } from '@xmldom/xmldom'
import { base64url, generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { SignedXml } from 'xml-crypto'
import * as xmlCore from 'xml-core'
import * as xmldsig from 'xmldsigjs'
import * as xpath from 'xpath'
import { demoWorld, simulatedCognitoToken, simulatedOauth2Token } from '../engine/index.ts'
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

interface SamlXmlOptions {
  issued?: number
  notOnOrAfter?: number
  recipient?: string
  audience?: string
}

function samlXml(now: number, sessionName = 'alice@example.com', options: SamlXmlOptions = {}): string {
  const issued = options.issued ?? now
  const notOnOrAfter = options.notOnOrAfter ?? now + 300_000
  const attribute = (name: string, value: string) => `<saml:Attribute Name="${name}"><saml:AttributeValue>${value}</saml:AttributeValue></saml:Attribute>`
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="${iso(issued)}">` +
    '<saml:Issuer>https://idp.example.com/saml</saml:Issuer>' +
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>' +
    `<saml:Assertion ID="_a1" Version="2.0" IssueInstant="${iso(issued)}">` +
    '<saml:Issuer>https://idp.example.com/saml</saml:Issuer>' +
    '<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_9f1c</saml:NameID>' +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(notOnOrAfter)}" Recipient="${options.recipient ?? 'https://signin.aws.amazon.com/saml'}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(issued - 60_000)}" NotOnOrAfter="${iso(notOnOrAfter)}"><saml:AudienceRestriction><saml:Audience>${options.audience ?? 'urn:amazon:webservices'}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
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

// ---------------------------------------------------------------------------------------------
// Refusals through the endpoint, as the SDK surfaces them (SAML: IAM User Guide, "Troubleshoot SAML
// federation with IAM"; OIDC: the issue threads cited in src/engine/operations/federation/oidc).
// ---------------------------------------------------------------------------------------------

const KEY_MESSAGE = "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"

/** The SDK's error for a request, or fails the test if the request succeeded. */
async function refusal(command: AssumeRoleWithSAMLCommand | AssumeRoleWithWebIdentityCommand, on: STSClient = client): Promise<Error & { name: string; $metadata: { httpStatusCode?: number } }> {
  const outcome = await on.send(command as never).then(
    () => undefined,
    (e: unknown) => e as Error & { name: string; $metadata: { httpStatusCode?: number } },
  )
  if (!outcome) expect.fail('the request was accepted')
  return outcome
}

function samlCommand(xml: string): AssumeRoleWithSAMLCommand {
  return new AssumeRoleWithSAMLCommand({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: Buffer.from(xml).toString('base64') })
}

describe('AssumeRoleWithSAML refusals through the endpoint (xml-crypto signatures)', () => {
  it('fact 74: a signed assertion altered afterwards (the RoleSessionName changed): InvalidIdentityToken "Response signature invalid"', async () => {
    const altered = signWithXmlCrypto(samlXml(Date.now())).replace('<saml:AttributeValue>alice@example.com</saml:AttributeValue>', '<saml:AttributeValue>mallory</saml:AttributeValue>')
    const error = await refusal(samlCommand(altered))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe('Response signature invalid')
    expect(error.$metadata.httpStatusCode).toBe(400)
  })

  it('fact 75: an assertion issued ten minutes ago: ExpiredTokenException "Token must be redeemed within 5 minutes of issuance"', async () => {
    const now = Date.now()
    const error = await refusal(samlCommand(signWithXmlCrypto(samlXml(now, 'alice@example.com', { issued: now - 600_000, notOnOrAfter: now + 300_000 }))))
    expect(error).toBeInstanceOf(ExpiredTokenException)
    expect(error.message).toBe('Token must be redeemed within 5 minutes of issuance')
  })

  it('a SubjectConfirmationData NotOnOrAfter that has passed: ExpiredTokenException', async () => {
    const now = Date.now()
    const error = await refusal(samlCommand(signWithXmlCrypto(samlXml(now, 'alice@example.com', { issued: now - 120_000, notOnOrAfter: now - 60_000 }))))
    expect(error).toBeInstanceOf(ExpiredTokenException)
  })

  it('wrongly addressed: a Recipient or an Audience that is not AWS’s: "Response does not contain the required audience."', async () => {
    for (const options of [{ recipient: 'https://app.example.com/saml/acs' }, { audience: 'https://app.example.com' }]) {
      const error = await refusal(samlCommand(signWithXmlCrypto(samlXml(Date.now(), 'alice@example.com', options))))
      expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidIdentityTokenException)
      expect(error.message).toBe('Response does not contain the required audience.')
    }
  })

  it('signature wrapping: a forged Assertion placed before the signed one is refused with InvalidIdentityToken', async () => {
    const signed = signWithXmlCrypto(samlXml(Date.now()))
    const forged = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(samlXml(Date.now(), 'mallory'))?.[0] ?? ''
    const error = await refusal(samlCommand(signed.replace('<saml:Assertion ', `${forged}<saml:Assertion `)))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.$metadata.httpStatusCode).toBe(400)
  })

  it('signature wrapping: the signed Assertion moved into Extensions, a forged one in its place, is refused', async () => {
    const signed = signWithXmlCrypto(samlXml(Date.now()))
    const original = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(signed)?.[0] ?? ''
    const forged = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(samlXml(Date.now(), 'mallory'))?.[0] ?? ''
    const error = await refusal(samlCommand(signed.replace(original, `<samlp:Extensions>${original}</samlp:Extensions>${forged}`)))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
  })

  it('an unsigned response is refused: "Response signature invalid"', async () => {
    const error = await refusal(samlCommand(samlXml(Date.now())))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe('Response signature invalid')
  })
})

describe('AssumeRoleWithWebIdentity refusals through the endpoint (jose tokens)', () => {
  const demoKey = () => importJWK(OIDC_PRIVATE_JWK, 'RS256')
  function claims(overrides: JWTPayload = {}): JWTPayload {
    const now = Math.floor(Date.now() / 1000)
    return { iss: 'https://oidc.example.com', sub: 'user-42', aud: 'playground-web', iat: now, exp: now + 600, ...overrides }
  }
  const webCommand = (token: string) => new AssumeRoleWithWebIdentityCommand({ RoleArn: WEB_APP_USER, RoleSessionName: 'sdk', WebIdentityToken: token })

  it('an altered claims set (sub changed under the signature): InvalidIdentityToken "Couldn’t retrieve verification key …"', async () => {
    const [header, , signature] = (await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(await demoKey())).split('.')
    const error = await refusal(webCommand(`${header}.${base64url.encode(JSON.stringify(claims({ sub: 'admin' })))}.${signature}`))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe(KEY_MESSAGE)
    expect(error.$metadata.httpStatusCode).toBe(400)
  })

  it('fact 67: wrongly addressed (aud another client id): InvalidIdentityToken "Incorrect token audience"', async () => {
    const token = await new SignJWT(claims({ aud: 'someone-else' })).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(await demoKey())
    const error = await refusal(webCommand(token))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe('Incorrect token audience')
  })

  it('wrongly signed (another key under the provider’s kid): InvalidIdentityToken "Couldn’t retrieve verification key …"', async () => {
    const other = await generateKeyPair('RS256')
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(other.privateKey)
    const error = await refusal(webCommand(token))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe(KEY_MESSAGE)
  })

  it('alg none (an unsecured JWT): InvalidIdentityToken', async () => {
    const error = await refusal(webCommand(new UnsecuredJWT(claims()).encode()))
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe(KEY_MESSAGE)
  })

  it('fact 66: an issuer with no IAM OIDC provider: InvalidIdentityToken "No OpenIDConnect provider found in your account for …"', async () => {
    const token = await new SignJWT(claims({ iss: 'https://auth.example.com/' })).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(await demoKey())
    const error = await refusal(webCommand(token))
    expect(error.message).toBe('No OpenIDConnect provider found in your account for https://auth.example.com/')
  })

  it('fact 69: the SDK sees AccessDenied (403) when the trust policy does not allow the provider', async () => {
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(await demoKey())
    const error = await refusal(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'sdk', WebIdentityToken: token }))
    expect(error.name).toBe('AccessDenied')
    expect(error.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')
    expect(error.$metadata.httpStatusCode).toBe(403)
  })
})

describe('AssumeRoleWithWebIdentity through an endpoint whose world cannot reach the provider’s keys (keysUnreachable)', () => {
  const unreachable = serveStsForFile((world) => {
    for (const provider of world.oidcProviders) provider.keysUnreachable = true
  })

  it('a token the provider really signed: InvalidIdentityToken "Couldn’t retrieve verification key …" (400), as AWS answers for unreachable keys', async () => {
    const on = new STSClient({ endpoint: unreachable.endpoint, region: 'us-east-1', maxAttempts: 1 })
    const now = Math.floor(Date.now() / 1000)
    const token = await new SignJWT({ iss: 'https://oidc.example.com', sub: 'user-42', aud: 'playground-web', iat: now, exp: now + 600 }).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(await importJWK(OIDC_PRIVATE_JWK, 'RS256'))
    const error = await refusal(new AssumeRoleWithWebIdentityCommand({ RoleArn: WEB_APP_USER, RoleSessionName: 'sdk', WebIdentityToken: token }), on)
    expect(error).toBeInstanceOf(InvalidIdentityTokenException)
    expect(error.message).toBe(KEY_MESSAGE)
    expect(error.$metadata.httpStatusCode).toBe(400)
  })
})

describe('AssumeRoleWithWebIdentity with OAuth 2.0 access tokens (ProviderId) and Cognito tokens, with the real SDK', () => {
  const AMAZON_ROLE = 'arn:aws:iam::111111111111:role/AmazonLoginUser'
  const AMAZON_USER = 'amzn1.account.AF2DEMOUSER7Q3XRTYPLAYGROUND'
  const amazonToken = (lifetimeSeconds = 3600) => {
    const result = simulatedOauth2Token(demoWorld, 'www.amazon.com', { userId: AMAZON_USER, nowMs: Date.now(), lifetimeSeconds })
    if (!result.ok) throw new Error(result.reason)
    return result.token
  }
  const amazonCommand = (token: string) => new AssumeRoleWithWebIdentityCommand({ RoleArn: AMAZON_ROLE, RoleSessionName: 'sdk', ProviderId: 'www.amazon.com', WebIdentityToken: token })

  it('fact 70: a Login with Amazon access token is accepted; the SDK reads Provider www.amazon.com, the app id and the user id', async () => {
    const out = await client.send(amazonCommand(amazonToken()))
    expect(out.Provider).toBe('www.amazon.com')
    expect(out.Audience).toBe('amzn1.application-oa2-client.5f0c2d8e7a914b3c9d6e1f2a3b4c5d6e')
    expect(out.SubjectFromWebIdentityToken).toBe(AMAZON_USER)
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/AmazonLoginUser/sdk')
    const who = new STSClient({ endpoint: served.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: out.Credentials?.AccessKeyId ?? '', secretAccessKey: out.Credentials?.SecretAccessKey ?? '', sessionToken: out.Credentials?.SessionToken ?? '' } })
    expect((await who.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:sts::111111111111:assumed-role/AmazonLoginUser/sdk')
  })

  it('a token Login with Amazon rejects (altered, expired) reaches the SDK as IDPRejectedClaimException (403), message as STS relays the provider', async () => {
    const token = amazonToken()
    for (const bad of [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, amazonToken(-60)]) {
      const error = await refusal(amazonCommand(bad))
      expect(error).toBeInstanceOf(IDPRejectedClaimException)
      expect(error.message).toBe('www.amazon.com: www.amazon.com responded with HTTP/1.1 400 Bad Request')
      expect(error.$metadata.httpStatusCode).toBe(403)
    }
  })

  it('a Cognito identity token (no IAM OIDC provider) is accepted: Provider cognito-identity.amazonaws.com, Audience the pool id', async () => {
    const result = await simulatedCognitoToken(demoWorld, { sub: 'us-east-1:5c1d9e2a-7b3f-4a6c-8d0e-1f2a3b4c5d6e', amr: ['authenticated', 'accounts.google.com'], nowMs: Date.now() })
    if (!result.ok) throw new Error(result.reason)
    const out = await client.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::111111111111:role/CognitoAuthenticated', RoleSessionName: 'sdk', WebIdentityToken: result.token }))
    expect([out.Provider, out.Audience, out.SubjectFromWebIdentityToken]).toEqual(['cognito-identity.amazonaws.com', 'us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c', 'us-east-1:5c1d9e2a-7b3f-4a6c-8d0e-1f2a3b4c5d6e'])
  })

  describe('through an endpoint whose world cannot reach the OAuth 2.0 providers (unreachable)', () => {
    const unreachable = serveStsForFile((world) => {
      for (const provider of world.oauth2Providers ?? []) provider.unreachable = true
    })

    it('IDPCommunicationErrorException (400) with the model’s text', async () => {
      const on = new STSClient({ endpoint: unreachable.endpoint, region: 'us-east-1', maxAttempts: 1 })
      const error = await refusal(amazonCommand(amazonToken()), on)
      expect(error).toBeInstanceOf(IDPCommunicationErrorException)
      expect(error.message).toMatch(/^The request could not be fulfilled because the identity provider \(IDP\) that was asked to verify the incoming identity token could not be reached\./)
      expect(error.$metadata.httpStatusCode).toBe(400)
    })
  })
})
