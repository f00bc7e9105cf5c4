import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import { toBase64, utf8Encode } from '../sessions/base64.ts'
import {
  base64Xml,
  DEMO_SAML_PROVIDER,
  DEMO_SAML_ROLE,
  hostWebCrypto,
  iso,
  samlAssertion,
  samlResponseXml,
  signedSamlXml,
  SIGNIN,
  type SamlOptions,
} from '../testing/saml-response.ts'
import { signQuery, T0 } from '../testing/sign-request.ts'
import { credentialsOf, reply } from '../testing/sts-test-client.ts'
import { callUnsigned, resultElementNames } from '../testing/unsigned-request.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { nameQualifier } from './federation/saml/saml-provider.ts'

// AssumeRoleWithSAML through the wire, unsigned, with responses signed by the demo IdP's published
// key (sts-facts §4.2, §6.8, facts 71–79).
const ACTION = 'AssumeRoleWithSAML'
const DENIED = 'Not authorized to perform sts:AssumeRoleWithSAML'
const DISCOVERY = /^(.+) \(Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlInvalidSamlResponseException; Request ID: [0-9a-f-]{36}; Proxy: null\)$/

function engineFor(world: World = demoWorld, webCrypto = true) {
  const deps = fixedDeps(T0)
  return createEngine({ world, deps: webCrypto ? { ...deps, webCrypto: hostWebCrypto } : deps })
}

async function assume(assertion: string, parameters: Record<string, string | number> = {}, world: World = demoWorld, host?: string) {
  return callUnsigned(engineFor(world), ACTION, { RoleArn: DEMO_SAML_ROLE, PrincipalArn: DEMO_SAML_PROVIDER, SAMLAssertion: assertion, ...parameters }, host)
}

async function assumeWith(options: SamlOptions, parameters: Record<string, string | number> = {}, world?: World) {
  return assume(await samlAssertion(options), parameters, world)
}

/** base64(SHA-1(text)) with the host's WebCrypto: an independent check of the engine's @noble/hashes SHA-1. */
async function sha1Base64(text: string): Promise<string> {
  return toBase64(new Uint8Array(await hostWebCrypto.subtle.digest('SHA-1', utf8Encode(text) as Uint8Array<ArrayBuffer>)))
}

describe('AssumeRoleWithSAML: a response signed by the demo IdP', () => {
  it('facts 71, 76–79: unsigned, 200, the result elements in the API Reference sample’s order', async () => {
    const r = await assumeWith({})
    expect(r.status, r.body).toBe(200)
    expect(resultElementNames(r.body, ACTION)).toEqual(['Issuer', 'AssumedRoleUser', 'Credentials', 'Audience', 'SubjectType', 'NameQualifier', 'Subject'])
    expect(r.text('Issuer')).toBe('https://idp.example.com/saml')
    expect(r.text('Audience')).toBe(SIGNIN)
    expect(r.text('SubjectType')).toBe('persistent')
    expect(r.text('Subject')).toBe('alice@example.com')
    expect(r.text('NameQualifier')).toBe(await sha1Base64('https://idp.example.com/saml111111111111/ExampleIdP'))
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com')
    expect(r.text('AssumedRoleId')).toBe('AROARTXV5AHDSSAMLDEV2:alice@example.com')
    expect(r.text('Expiration')).toBe('2026-01-01T01:00:00Z')
    expect(r.body).not.toContain('<PackedPolicySize>')
    expect(r.checks.find((c) => c.id === 'auth.present')?.outcome).toBe('skip')
  })

  it('fact 77: NameQualifier of the documentation’s example', async () => {
    const expected = await sha1Base64('https://example.com/saml123456789012/MySAMLIdP')
    expect(nameQualifier('https://example.com/saml', { account: '123456789012', name: 'MySAMLIdP', entityId: 'https://example.com/saml', signingCertificates: [] })).toBe(expected)
  })

  it('fact 38: the credentials are a role session of SamlDeveloper', async () => {
    const engine = engineFor()
    const r = await callUnsigned(engine, ACTION, { RoleArn: DEMO_SAML_ROLE, PrincipalArn: DEMO_SAML_PROVIDER, SAMLAssertion: await samlAssertion() })
    const who = reply(await engine.handle(await signQuery({ credentials: credentialsOf(r), body: 'Action=GetCallerIdentity&Version=2011-06-15', at: T0 })))
    expect(who.status, who.body).toBe(200)
    expect(who.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com')
  })

  it('fact 76: transient is stripped of its prefix; a SAML 1.1 format is returned whole', async () => {
    expect((await assumeWith({ nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' })).text('SubjectType')).toBe('transient')
    expect((await assumeWith({ nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified' })).text('SubjectType')).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified')
  })

  it('a signature on the Response instead of the Assertion, or on both, is accepted', async () => {
    expect((await assumeWith({ sign: 'response' })).status).toBe(200)
    expect((await assumeWith({ sign: 'both' })).status).toBe(200)
  })

  it('the Role attribute may name the provider first', async () => {
    const r = await assumeWith({ roles: [`${DEMO_SAML_PROVIDER},${DEMO_SAML_ROLE}`] })
    expect(r.status, r.body).toBe(200)
  })

  it('the session lasts DurationSeconds, shortened by SessionDuration and SessionNotOnOrAfter', async () => {
    expect((await assumeWith({}, { DurationSeconds: 7200 })).text('Expiration')).toBe('2026-01-01T02:00:00Z')
    expect((await assumeWith({ attributes: { 'https://aws.amazon.com/SAML/Attributes/SessionDuration': ['1800'] } }, { DurationSeconds: 7200 })).text('Expiration')).toBe('2026-01-01T00:30:00Z')
    expect((await assumeWith({ sessionNotOnOrAfter: iso(T0 + 1200_000) }, { DurationSeconds: 7200 })).text('Expiration')).toBe('2026-01-01T00:20:00Z')
  })

  it('session tags from PrincipalTag attributes (SamlDeveloper allows sts:TagSession)', async () => {
    const r = await assumeWith({ attributes: { 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:Project': ['unicorn'], 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys': ['Project'] } })
    expect(r.status, r.body).toBe(200)
    expect(r.text('PackedPolicySize')).toMatch(/^\d+$/)
    expect(resultElementNames(r.body, ACTION)).toEqual(['Issuer', 'AssumedRoleUser', 'Credentials', 'Audience', 'SubjectType', 'PackedPolicySize', 'NameQualifier', 'Subject'])
  })
})

describe('AssumeRoleWithSAML: the signature', () => {
  it('fact 74: signed with a key that is not the provider’s (KeyInfo naming the demo certificate): Response signature invalid', async () => {
    const impostor = await hostWebCrypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])
    const r = await assumeWith({ signingKey: impostor.privateKey })
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('Response signature invalid')
  })

  it('fact 74: an unsigned response is refused', async () => {
    const r = await assumeWith({ sign: 'none' })
    expect(r.message).toBe('Response signature invalid')
  })

  it('fact 74: a signed assertion altered afterwards is refused', async () => {
    const xml = (await signedSamlXml()).replace('<saml:AttributeValue>alice@example.com</saml:AttributeValue>', '<saml:AttributeValue>mallory</saml:AttributeValue>')
    const r = await assume(base64Xml(xml))
    expect(r.message).toBe('Response signature invalid')
  })

  it('a comment inside the NameID does not change what is signed or read (no comment truncation)', async () => {
    const xml = (await signedSamlXml()).replace('>alice@example.com</saml:NameID>', '>alice@example.com<!-- -->.evil</saml:NameID>')
    const r = await assume(base64Xml(xml))
    expect(r.message).toBe('Response signature invalid')
  })

  it('signature wrapping: a second, forged Assertion next to the signed one is refused', async () => {
    const xml = await signedSamlXml()
    const forged = samlResponseXml({ assertionId: '_forged', roleSessionName: 'mallory' }).replace(/^.*?(<saml:Assertion )/, '$1').replace('</samlp:Response>', '')
    const wrapped = xml.replace('<saml:Assertion ', `${forged}<saml:Assertion `)
    const r = await assume(base64Xml(wrapped))
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.decidedBy).toBe('saml.document')
  })

  it('signature wrapping: a signature whose Reference is not the element it sits in is refused', async () => {
    const xml = (await signedSamlXml()).replace('URI="#_assertion-1"', 'URI="#_response-1"')
    const r = await assume(base64Xml(xml))
    expect(r.message).toBe('Response signature invalid')
    expect(r.checks.find((c) => c.id === 'saml.signature')?.detail).toContain('references')
  })
})

describe('AssumeRoleWithSAML: the document', () => {
  it('SAMLAssertion that is not base64: the discovery service’s "Invalid base64 SAMLResponse"', async () => {
    const r = await assume('base64SAML')
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toMatch(DISCOVERY)
    expect(DISCOVERY.exec(r.message ?? '')?.[1]).toBe('Invalid base64 SAMLResponse')
  })

  it('a DOCTYPE (entity expansion, XXE) is refused before parsing', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${samlResponseXml().replace('alice@example.com</saml:NameID>', '&b;</saml:NameID>')}`
    const r = await assume(base64Xml(bomb))
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.checks.find((c) => c.id === 'saml.document')?.detail).toContain('DOCTYPE')
  })

  it('XML that is not well-formed, or not a samlp:Response, is refused', async () => {
    for (const xml of ['<samlp:Response', '<root/>']) {
      const r = await assume(base64Xml(xml))
      expect(r.code, xml).toBe('InvalidIdentityToken')
      expect(r.decidedBy).toBe('saml.document')
    }
  })

  it('an Issuer that is not the provider’s entity id: "Issuer not present in specified provider"', async () => {
    const r = await assumeWith({ issuer: 'https://evil.example.com/saml' })
    expect(r.code).toBe('InvalidIdentityToken')
    expect(DISCOVERY.exec(r.message ?? '')?.[1]).toBe('Issuer not present in specified provider')
  })

  it('fact 75: an assertion issued more than 5 minutes ago', async () => {
    const r = await assumeWith({ issueInstant: iso(T0 - 301_000), notOnOrAfter: iso(T0 + 300_000) })
    expect(r.status).toBe(400)
    expect(r.code).toBe('ExpiredTokenException')
    expect(r.message).toBe('Token must be redeemed within 5 minutes of issuance')
  })

  it('a SubjectConfirmationData NotOnOrAfter that has passed: ExpiredTokenException', async () => {
    const r = await assumeWith({ issueInstant: iso(T0 - 120_000), notOnOrAfter: iso(T0 - 60_000) })
    expect(r.code).toBe('ExpiredTokenException')
  })

  it('a Recipient that is not the AWS sign-in endpoint is refused', async () => {
    const r = await assumeWith({ recipient: 'https://app.example.com/acs' })
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('Response does not contain the required audience.')
  })

  it('fact 72: no RoleSessionName attribute', async () => {
    const r = await assumeWith({ roleSessionName: null })
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('RoleSessionName is required in AuthnResponse')
  })

  it('fact 73: RoleSessionName "John Doe" (a space)', async () => {
    const r = await assumeWith({ roleSessionName: 'John Doe' })
    expect(r.message).toBe('RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}')
  })

  it('§6.4: an invalid SourceIdentity attribute', async () => {
    const r = await assumeWith({ attributes: { 'https://aws.amazon.com/SAML/Attributes/SourceIdentity': ['aws:admin'] } })
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"')
  })

  it('encrypted assertions are not simulated, and say so', async () => {
    const xml = samlResponseXml().replace(/<saml:Assertion [\s\S]*<\/saml:Assertion>/, '<saml:EncryptedAssertion/>')
    const r = await assume(base64Xml(xml))
    expect(r.status).toBe(501)
  })
})

describe('AssumeRoleWithSAML: who may assume the role', () => {
  it('a Role attribute without the RoleArn/PrincipalArn pair: Not authorized', async () => {
    const r = await assumeWith({ roles: [`arn:aws:iam::111111111111:role/Dev,${DEMO_SAML_PROVIDER}`] })
    expect(r.status).toBe(403)
    expect(r.code).toBe('AccessDenied')
    expect(r.message).toBe(DENIED)
  })

  it('no NameID: Not authorized', async () => {
    const r = await assumeWith({ nameId: null })
    expect(r.status).toBe(403)
    expect(r.message).toBe(DENIED)
  })

  it('the trust policy sees saml:aud (the Recipient): SamlDeveloper admits only https://signin.aws.amazon.com/saml', async () => {
    const r = await assumeWith({ recipient: 'https://us-east-1.signin.aws.amazon.com/saml', conditions: { notOnOrAfter: iso(T0 + 300_000) } })
    expect(r.status).toBe(403)
    expect(r.message).toBe(DENIED)
  })

  it('a role that does not trust the provider, or does not exist: Not authorized', async () => {
    for (const role of ['arn:aws:iam::111111111111:role/Dev', 'arn:aws:iam::111111111111:role/NoSuchRole']) {
      const r = await assume(await samlAssertion({ roles: [`${role},${DEMO_SAML_PROVIDER}`] }), { RoleArn: role })
      expect(r.status, role).toBe(403)
      expect(r.message).toBe(DENIED)
    }
  })

  it('a SourceIdentity needs sts:SetSourceIdentity, which SamlDeveloper does not allow', async () => {
    const r = await assumeWith({ attributes: { 'https://aws.amazon.com/SAML/Attributes/SourceIdentity': ['alice'] } })
    expect(r.status).toBe(403)
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'SamlDeveloper')
      if (role) (role.trustPolicy as { Statement: { Action: string[] }[] }).Statement[0]!.Action.push('sts:SetSourceIdentity')
    })
    const allowed = await assumeWith({ attributes: { 'https://aws.amazon.com/SAML/Attributes/SourceIdentity': ['alice'] } }, {}, world)
    expect(allowed.status, allowed.body).toBe(200)
    expect(allowed.text('SourceIdentity')).toBe('alice')
    expect(resultElementNames(allowed.body, ACTION)).toEqual(['Issuer', 'AssumedRoleUser', 'Credentials', 'Audience', 'SubjectType', 'NameQualifier', 'SourceIdentity', 'Subject'])
  })

  it('saml:sub and saml:namequalifier reach the trust policy', async () => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'SamlDeveloper')
      if (role) (role.trustPolicy as { Statement: { Condition: Record<string, Record<string, string>> }[] }).Statement[0]!.Condition.StringEquals!['saml:sub'] = 'bob@example.com'
    })
    expect((await assumeWith({}, {}, world)).status).toBe(403)
    expect((await assumeWith({ nameId: 'bob@example.com' }, {}, world)).status).toBe(200)
  })
})

describe('AssumeRoleWithSAML: request checks', () => {
  it('RoleArn that is not a role (the provider ARN, swapped): Request ARN is invalid', async () => {
    const r = await assume('PHNhbWw+', { RoleArn: DEMO_SAML_PROVIDER, PrincipalArn: DEMO_SAML_ROLE })
    expect(r.status).toBe(400)
    expect(r.code).toBe('ValidationError')
    expect(r.message).toBe('Request ARN is invalid')
  })

  it('PrincipalArn that is not a SAML provider: Principal ARN is invalid', async () => {
    const r = await assume('PHNhbWw+', { PrincipalArn: ` ${DEMO_SAML_PROVIDER}` })
    expect(r.message).toBe('Principal ARN is invalid')
  })

  it('a provider of another account than the role: Principal exists outside the account of the Role being assumed.', async () => {
    const r = await assume('PHNhbWw+', { PrincipalArn: 'arn:aws:iam::222222222222:saml-provider/ExampleIdP' })
    expect(r.message).toBe('Principal exists outside the account of the Role being assumed.')
  })

  it('a provider that does not exist, before the assertion is read', async () => {
    const r = await assume('base64SAML', { PrincipalArn: 'arn:aws:iam::111111111111:saml-provider/test' })
    expect(r.status).toBe(400)
    expect(r.message).toBe("Specified provider doesn't exist.")
  })

  it('DurationSeconds over the role’s MaxSessionDuration (SamlDeveloper: 14400)', async () => {
    const r = await assumeWith({}, { DurationSeconds: 14401 })
    expect(r.code).toBe('ValidationError')
    expect(r.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })

  it('SAMLAssertion shorter than 4 characters fails model validation', async () => {
    const r = await assume('abc')
    expect(r.code).toBe('ValidationError')
  })

  it('fact 83: STS not active in the region for the role’s account', async () => {
    const r = await callUnsigned(engineFor(), ACTION, { RoleArn: DEMO_SAML_ROLE, PrincipalArn: DEMO_SAML_PROVIDER, SAMLAssertion: await samlAssertion() }, 'sts.eu-south-1.amazonaws.com')
    expect(r.code).toBe('RegionDisabledException')
  })

  it('an engine created without WebCrypto says so (500), rather than pretending an AWS error', async () => {
    const r = await callUnsigned(engineFor(demoWorld, false), ACTION, { RoleArn: DEMO_SAML_ROLE, PrincipalArn: DEMO_SAML_PROVIDER, SAMLAssertion: await samlAssertion() })
    expect(r.status).toBe(500)
    expect(r.code).toBe('InternalFailure')
    expect(r.message).toContain('EngineDeps.webCrypto')
  })
})
