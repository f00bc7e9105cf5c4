import * as xmldom from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import * as xmlCore from 'xml-core'
import * as xmldsig from 'xmldsigjs'
import * as xpath from 'xpath'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import { toBase64, utf8Encode } from '../sessions/base64.ts'
import {
  base64Xml,
  DEMO_SAML_PROVIDER,
  DEMO_SAML_ROLE,
  hostWebCrypto,
  importSigningKey,
  iso,
  samlAssertion,
  samlResponseXml,
  signedSamlXml,
  SIGNIN,
  type SamlOptions,
} from '../testing/saml-response.ts'
import { signQuery, T0 } from '../testing/sign-request.ts'
import { credentialsInBody, credentialsOf, reply } from '../testing/sts-test-client.ts'
import { callUnsigned, resultElementNames } from '../testing/unsigned-request.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { samlLibraries } from './federation/saml/saml-libraries.ts'
import { nameQualifier } from './federation/saml/saml-provider.ts'

// AssumeRoleWithSAML through the wire, unsigned, with responses signed by the demo IdP's published
// key (the model's AssumeRoleWithSAML documentation, spec/sts-service-2.json; IAM User Guide:
// Configure SAML assertions for the authentication response; Troubleshoot SAML federation with IAM).
const ACTION = 'AssumeRoleWithSAML'
const DENIED = 'Not authorized to perform sts:AssumeRoleWithSAML'
const SAML_NS = 'urn:oasis:names:tc:SAML:2.0:assertion'
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
    expect(r.issued).toEqual({ ...credentialsInBody(r), arn: r.text('Arn'), account: r.issued?.arn.split(':')[4] })
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

  it('SAMLAssertion longer than the model’s 100,000 characters fails model validation, before anything is decoded', async () => {
    const r = await assume(base64Xml(`${samlResponseXml()}${' '.repeat(75_000)}`))
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', "1 validation error detected: Value at 'sAMLAssertion' failed to satisfy constraint: Member must have length less than or equal to 100000"])
    expect(r.checks.some((c) => c.id === 'saml.document')).toBe(false)
  })

  it('a 99 KB deeply nested assertion is refused without being parsed, with the answer for unreadable XML', async () => {
    const libraries = await samlLibraries()
    const real = libraries.xmldom
    let parses = 0
    class CountingDOMParser extends real.DOMParser {
      override parseFromString(source: string, mimeType: xmldom.MIME_TYPE): xmldom.Document {
        parses++
        return super.parseFromString(source, mimeType)
      }
    }
    const depth = 10_600
    const deep = base64Xml(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</samlp:Response>`)
    const unreadable = base64Xml('<samlp:Response')
    libraries.xmldom = { ...real, DOMParser: CountingDOMParser }
    try {
      const r = await assume(deep)
      expect(parses).toBe(0)
      const malformed = await assume(unreadable)
      expect(parses).toBe(1)
      expect([r.status, r.code, r.message]).toEqual([malformed.status, malformed.code, malformed.message])
      expect([r.status, r.code, r.message]).toEqual([400, 'InvalidIdentityToken', 'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.'])
      expect(r.decidedBy).toBe('saml.document')
      expect(r.checks.find((c) => c.id === 'saml.document')?.detail).toContain('Elements nest more than 64 deep.')
    } finally {
      libraries.xmldom = real
    }
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

  // IAM User Guide, "Monitor and control actions taken with assumed roles": the assertion's source
  // identity persists into chained sessions, and a chained AssumeRole needs sts:SetSourceIdentity in
  // the session's permissions and the next role's trust policy (cargo-lambda/cargo-lambda#724).
  it.each([
    { target: 'Dev', status: 200 },
    { target: 'Batch', status: 403 },
  ])('a SamlDeveloper session with a source identity chaining into $target (trust allows sts:SetSourceIdentity: Dev yes, Batch no) → $status', async ({ target, status }) => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'SamlDeveloper')
      if (!role) return
      ;(role.trustPolicy as { Statement: { Action: string[] }[] }).Statement[0]!.Action.push('sts:SetSourceIdentity')
      role.policies.push({ name: 'Chain', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'], Resource: '*' }] } })
    })
    const engine = engineFor(world)
    const r = await callUnsigned(engine, ACTION, { RoleArn: DEMO_SAML_ROLE, PrincipalArn: DEMO_SAML_PROVIDER, SAMLAssertion: await samlAssertion({ attributes: { 'https://aws.amazon.com/SAML/Attributes/SourceIdentity': ['alice'] } }) })
    expect(r.status, r.body).toBe(200)
    const roleArn = `arn:aws:iam::111111111111:role/${target}`
    const body = `Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(roleArn)}&RoleSessionName=chain`
    const chained = reply(await engine.handle(await signQuery({ credentials: credentialsOf(r), body, at: T0 })))
    if (status === 200) expect([chained.status, chained.text('SourceIdentity')]).toEqual([200, 'alice'])
    else {
      expect([chained.status, chained.code, chained.message]).toEqual([
        403,
        'AccessDenied',
        `User: arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com is not authorized to perform: sts:SetSourceIdentity on resource: ${roleArn}`,
      ])
    }
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

// ---------------------------------------------------------------------------------------------
// Verification in depth: each SAML rule (IAM User Guide: Configure SAML assertions for the
// authentication response; Troubleshoot SAML federation with IAM) that the tests above do not already pin.
// ---------------------------------------------------------------------------------------------

const PRINCIPAL_TAG = 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:'
const TRANSITIVE = 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys'
const SESSION_DURATION = 'https://aws.amazon.com/SAML/Attributes/SessionDuration'

/** The demo world with SamlDeveloper's trust condition block replaced. */
function samlDeveloperWith(condition: Record<string, Record<string, string | string[]>>, actions?: string[]): World {
  return worldChangedBy((w) => {
    const role = w.roles.find((x) => x.name === 'SamlDeveloper')
    const statement = (role?.trustPolicy as { Statement: { Condition: unknown; Action: string[] }[] } | undefined)?.Statement[0]
    if (!statement) throw new Error('SamlDeveloper has no trust statement')
    statement.Condition = condition
    if (actions) statement.Action = actions
  })
}

/**
 * Signs the Assertion of hand-written response XML with xmldsigjs, as the testing helper does
 * (RSA-SHA256, exclusive C14N, enveloped, after the Issuer), with any key; `keyValue` puts that
 * public key in KeyInfo, as an impostor would.
 */
async function signAssertionXml(xml: string, key: CryptoKey, keyValue?: CryptoKey): Promise<string> {
  xmlCore.setNodeDependencies({ DOMParser: xmldom.DOMParser, XMLSerializer: xmldom.XMLSerializer, xpath })
  xmldsig.Application.setEngine('test WebCrypto', { subtle: hostWebCrypto.subtle } as never)
  const document = new xmldom.DOMParser().parseFromString(xml, 'application/xml')
  const assertion = document.getElementsByTagNameNS(SAML_NS, 'Assertion')[0]
  if (!assertion) throw new Error('no Assertion')
  const signer = new xmldsig.SignedXml()
  signer.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = 'http://www.w3.org/2001/10/xml-exc-c14n#'
  const signature = await signer.Sign({ name: 'RSASSA-PKCS1-v1_5' } as never, key, document as never, {
    references: [{ uri: `#${assertion.getAttribute('ID') ?? ''}`, hash: 'SHA-256', transforms: ['enveloped', 'exc-c14n'] }],
    ...(keyValue ? { keyValue } : {}),
  })
  const issuer = assertion.getElementsByTagNameNS(SAML_NS, 'Issuer')[0]
  assertion.insertBefore(signature.GetXml() as unknown as xmldom.Node, issuer?.nextSibling ?? null)
  return new xmldom.XMLSerializer().serializeToString(document)
}

/** Whether xmldsigjs, left to itself, verifies the document's signature with the key its KeyInfo carries. */
async function verifiesWithItsOwnKeyInfo(xml: string): Promise<boolean> {
  const document = new xmldom.DOMParser().parseFromString(xml, 'application/xml')
  const check = new xmldsig.SignedXml(document as never)
  check.LoadXml(document.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0] as never)
  return check.Verify()
}

async function impostorKeys(): Promise<CryptoKeyPair> {
  return hostWebCrypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])
}

describe('AssumeRoleWithSAML: XML-DSig against the provider’s certificate only', () => {
  it('fact 74: an impostor’s signature with its own public key in KeyInfo (valid by that key) is refused', async () => {
    const impostor = await impostorKeys()
    const xml = await signAssertionXml(samlResponseXml(), impostor.privateKey, impostor.publicKey)
    expect(await verifiesWithItsOwnKeyInfo(xml)).toBe(true)
    const r = await assume(base64Xml(xml))
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('Response signature invalid')
    expect(r.decidedBy).toBe('saml.signature')
  })

  it('fact 74: a provider whose metadata has another certificate refuses the demo IdP’s signature; a second, matching certificate is enough', async () => {
    const other = worldChangedBy((w) => {
      const provider = w.samlProviders.find((p) => p.name === 'ExampleIdP')
      if (provider) provider.signingCertificates = []
    })
    expect((await assumeWith({}, {}, other)).message).toBe('Response signature invalid')
    const rotated = worldChangedBy((w) => {
      const provider = w.samlProviders.find((p) => p.name === 'ExampleIdP')
      if (provider) provider.signingCertificates = ['-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----', ...provider.signingCertificates]
    })
    expect((await assumeWith({}, {}, rotated)).status).toBe(200)
  })

  it('a Response signed but altered after signing (a second AttributeValue) is refused', async () => {
    const xml = (await signedSamlXml({ sign: 'response' })).replace('<saml:AttributeValue>alice@example.com</saml:AttributeValue>', '<saml:AttributeValue>alice@example.com</saml:AttributeValue><saml:AttributeValue>root</saml:AttributeValue>')
    const r = await assume(base64Xml(xml))
    expect(r.message).toBe('Response signature invalid')
  })
})

describe('AssumeRoleWithSAML: signature wrapping (the assertion used is the one that was signed)', () => {
  it('the signed Assertion hidden in Extensions, a forged one in its place: refused before the signature is even read', async () => {
    const signed = await signedSamlXml()
    const original = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(signed)?.[0] ?? ''
    const forged = samlResponseXml({ roleSessionName: 'mallory' }).replace(/^[\s\S]*?(<saml:Assertion )/, '$1').replace('</samlp:Response>', '')
    const wrapped = signed.replace(original, `<samlp:Extensions>${original}</samlp:Extensions>${forged}`)
    const r = await assume(base64Xml(wrapped))
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.decidedBy).toBe('saml.document')
  })

  it('the only Assertion wrapped inside another element (not a child of the Response) is refused', async () => {
    const signed = await signedSamlXml()
    const original = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(signed)?.[0] ?? ''
    const r = await assume(base64Xml(signed.replace(original, `<samlp:Extensions>${original}</samlp:Extensions>`)))
    expect(r.decidedBy).toBe('saml.document')
    expect(r.checks.find((c) => c.id === 'saml.document')?.detail).toContain('not a direct child')
  })

  it('a second element carrying the signed Assertion’s ID (as Id, which XML-DSig resolvers try first) is refused', async () => {
    const signed = await signedSamlXml()
    const wrapped = signed.replace('<samlp:Status>', '<samlp:Extensions><x:Decoy xmlns:x="urn:decoy" Id="_assertion-1"/></samlp:Extensions><samlp:Status>')
    const r = await assume(base64Xml(wrapped))
    expect(r.message).toBe('Response signature invalid')
    expect(r.checks.find((c) => c.id === 'saml.signature')?.detail).toContain('2 elements of the document carry the ID _assertion-1')
  })

  it('a Response whose only signature is on the Response, with its Assertion swapped for a forged one, is refused', async () => {
    const signed = await signedSamlXml({ sign: 'response' })
    const forged = samlResponseXml({ roleSessionName: 'mallory' }).replace(/^[\s\S]*?(<saml:Assertion )/, '$1').replace(/<\/samlp:Response>$/, '')
    const r = await assume(base64Xml(signed.replace(/<saml:Assertion [\s\S]*<\/saml:Assertion>/, forged)))
    expect(r.message).toBe('Response signature invalid')
  })
})

describe('AssumeRoleWithSAML: Issuer, Audience, Recipient and the times', () => {
  // Whether AWS also compares the Response's own Issuer is unrecorded; what matters here is that the
  // Issuer read is the one inside the signed Assertion, not the Response's, which that signature does not cover.
  it('§6.8: the Issuer checked is the signed Assertion’s; a different Response Issuer (unsigned) is not what is read', async () => {
    const xml = (await signedSamlXml()).replace(/^([\s\S]*?)<saml:Issuer>https:\/\/idp\.example\.com\/saml<\/saml:Issuer>/, '$1<saml:Issuer>https://other.example.com</saml:Issuer>')
    expect((await assume(base64Xml(xml))).status).toBe(200)
  })

  it('an AudienceRestriction that names neither urn:amazon:webservices nor the sign-in endpoint: "Response does not contain the required audience."', async () => {
    const r = await assumeWith({ conditions: { notBefore: iso(T0 - 60_000), notOnOrAfter: iso(T0 + 300_000), audience: 'https://app.example.com' } })
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('Response does not contain the required audience.')
    expect((await assumeWith({ conditions: { notOnOrAfter: iso(T0 + 300_000), audience: 'urn:amazon:webservices' } })).status).toBe(200)
  })

  it('§6.8: the regional and static sign-in endpoints are Recipients AWS accepts (SamlDeveloper’s saml:aud then decides)', async () => {
    const open = samlDeveloperWith({})
    for (const recipient of ['https://eu-west-1.signin.aws.amazon.com/saml', 'https://signin.aws.amazon.com/static/saml']) {
      const r = await assumeWith({ recipient }, {}, open)
      expect(r.status, recipient).toBe(200)
      expect(r.text('Audience')).toBe(recipient)
    }
  })

  it('Conditions NotOnOrAfter that has passed: ExpiredTokenException', async () => {
    const r = await assumeWith({ issueInstant: iso(T0 - 120_000), conditions: { notBefore: iso(T0 - 180_000), notOnOrAfter: iso(T0 - 1000), audience: SIGNIN } })
    expect(r.status).toBe(400)
    expect(r.code).toBe('ExpiredTokenException')
  })

  it('NotOnOrAfter is exclusive: an assertion at exactly its NotOnOrAfter has expired', async () => {
    expect((await assumeWith({ issueInstant: iso(T0 - 60_000), notOnOrAfter: iso(T0) })).code).toBe('ExpiredTokenException')
  })

  it('Conditions NotBefore still ahead: InvalidIdentityToken', async () => {
    const r = await assumeWith({ conditions: { notBefore: iso(T0 + 60_000), notOnOrAfter: iso(T0 + 300_000), audience: SIGNIN } })
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.decidedBy).toBe('saml.times')
  })

  it('fact 75: the five-minute rule counts from the Assertion’s IssueInstant: 300 s is in time, 301 s is not', async () => {
    expect((await assumeWith({ issueInstant: iso(T0 - 300_000), notOnOrAfter: iso(T0 + 300_000) })).status).toBe(200)
    expect((await assumeWith({ issueInstant: iso(T0 - 301_000), notOnOrAfter: iso(T0 + 300_000) })).message).toBe('Token must be redeemed within 5 minutes of issuance')
  })

  it('a SubjectConfirmationData without NotOnOrAfter is refused (§6.8: both NotOnOrAfter and Recipient are required)', async () => {
    const xml = samlResponseXml().replace(/ NotOnOrAfter="[^"]*" Recipient=/, ' Recipient=')
    const r = await assume(base64Xml(await signAssertionXml(xml, await importSigningKey())))
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.decidedBy).toBe('saml.times')
  })

  it('a Response whose Status is not Success is refused', async () => {
    const r = await assumeWith({ statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Requester' })
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.decidedBy).toBe('saml.status')
  })
})

describe('AssumeRoleWithSAML: the attributes AWS reads', () => {
  it('§6.8: the Role attribute may hold several pairs; the one naming RoleArn and PrincipalArn counts, spaces around the comma ignored', async () => {
    const r = await assumeWith({ roles: [`arn:aws:iam::111111111111:role/Dev,${DEMO_SAML_PROVIDER}`, `${DEMO_SAML_ROLE} , ${DEMO_SAML_PROVIDER}`] })
    expect(r.status, r.body).toBe(200)
  })

  it('a Role value with the right ARNs but a third element, or the pair across two values, does not count', async () => {
    expect((await assumeWith({ roles: [`${DEMO_SAML_ROLE},${DEMO_SAML_PROVIDER},extra`] })).status).toBe(403)
    expect((await assumeWith({ roles: [DEMO_SAML_ROLE, DEMO_SAML_PROVIDER] })).status).toBe(403)
  })

  it('the Role attribute name is case-sensitive (§6.8)', async () => {
    const r = await assumeWith({ roles: [], attributes: { 'https://aws.amazon.com/saml/attributes/role': [`${DEMO_SAML_ROLE},${DEMO_SAML_PROVIDER}`] } })
    expect(r.status).toBe(403)
    expect(r.message).toBe(DENIED)
  })

  it('facts 72, 73: RoleSessionName of 2 and 64 characters is accepted; 1 or 65, or a character outside [a-zA-Z_0-9+=,.@-], is not', async () => {
    expect((await assumeWith({ roleSessionName: 'ab' })).status).toBe(200)
    expect((await assumeWith({ roleSessionName: 'a'.repeat(64) })).text('Arn')).toBe(`arn:aws:sts::111111111111:assumed-role/SamlDeveloper/${'a'.repeat(64)}`)
    for (const name of ['a', 'a'.repeat(65), 'alice/admin', 'élodie', '']) {
      const r = await assumeWith({ roleSessionName: name })
      expect(r.code, name).toBe('InvalidIdentityToken')
      expect(r.message, name).toBe('RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}')
    }
  })

  it('§6.8: SessionDuration outside 900..43200 or not a number is refused; 900 sets the session to 15 minutes', async () => {
    expect((await assumeWith({ attributes: { [SESSION_DURATION]: ['900'] } })).text('Expiration')).toBe('2026-01-01T00:15:00Z')
    for (const value of ['899', '43201', 'an hour', '-900']) {
      const r = await assumeWith({ attributes: { [SESSION_DURATION]: [value] } })
      expect(r.code, value).toBe('InvalidIdentityToken')
      expect(r.decidedBy, value).toBe('saml.attributes')
    }
  })

  it('SessionDuration longer than DurationSeconds does not lengthen the session (whichever is shorter)', async () => {
    expect((await assumeWith({ attributes: { [SESSION_DURATION]: ['7200'] } })).text('Expiration')).toBe('2026-01-01T01:00:00Z')
  })

  it('fact 42: a TransitiveTagKeys value that is not among the PrincipalTag attributes', async () => {
    const r = await assumeWith({ attributes: { [`${PRINCIPAL_TAG}Project`]: ['unicorn'], [TRANSITIVE]: ['Team'] } })
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidParameterValue')
    expect(r.message).toBe('The specified transitive tag key must be included in the requested tags.')
  })

  it('§6.3: a PrincipalTag key with the aws: prefix, or a value with characters outside the tag alphabet, is refused', async () => {
    for (const attributes of [{ [`${PRINCIPAL_TAG}aws:team`]: ['x'] }, { [`${PRINCIPAL_TAG}Project`]: ['a<b'] }, { [`${PRINCIPAL_TAG}Project`]: ['x'.repeat(257)] }]) {
      const r = await assumeWith({ attributes })
      expect(r.code, JSON.stringify(attributes).slice(0, 60)).toBe('InvalidIdentityToken')
      expect(r.decidedBy).toBe('saml.attributes')
    }
  })

  it('session tags from the IdP need sts:TagSession in the trust policy', async () => {
    const world = samlDeveloperWith({ StringEquals: { 'saml:aud': SIGNIN } }, ['sts:AssumeRoleWithSAML'])
    expect((await assumeWith({}, {}, world)).status).toBe(200)
    const r = await assumeWith({ attributes: { [`${PRINCIPAL_TAG}Project`]: ['unicorn'] } }, {}, world)
    expect(r.status).toBe(403)
    expect(r.message).toBe(DENIED)
    expect(r.decidedBy).toBe('saml.authorize.sts:TagSession')
  })

  it('the IdP’s tags reach the trust policy as aws:RequestTag/…, and transitive keys as sts:TransitiveTagKeys', async () => {
    const world = samlDeveloperWith({ StringEquals: { 'aws:RequestTag/Project': 'unicorn', 'sts:TransitiveTagKeys': 'Project' } })
    const tags = (project: string) => ({ attributes: { [`${PRINCIPAL_TAG}Project`]: [project], [TRANSITIVE]: ['Project'] } })
    expect((await assumeWith(tags('unicorn'), {}, world)).status).toBe(200)
    expect((await assumeWith(tags('pegasus'), {}, world)).status).toBe(403)
  })
})

describe('AssumeRoleWithSAML: the saml: keys of the trust policy (IAM User Guide, "Available keys for SAML-based federation")', () => {
  const cases: { key: string; value: () => Promise<string>; options: SamlOptions }[] = [
    { key: 'saml:sub', value: async () => 'alice@example.com', options: { nameId: 'bob@example.com' } },
    { key: 'saml:sub_type', value: async () => 'persistent', options: { nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' } },
    { key: 'saml:iss', value: async () => 'https://idp.example.com/saml', options: {} },
    { key: 'saml:namequalifier', value: () => sha1Base64('https://idp.example.com/saml111111111111/ExampleIdP'), options: {} },
    { key: 'saml:doc', value: async () => '111111111111/ExampleIdP', options: {} },
    { key: 'saml:aud', value: async () => SIGNIN, options: { recipient: 'https://signin.aws.amazon.com/static/saml' } },
  ]
  for (const { key, value, options } of cases) {
    it(`${key} carries the value the assertion gives it`, async () => {
      const expected = await value()
      expect((await assumeWith({}, {}, samlDeveloperWith({ StringEquals: { [key]: expected } }))).status, `${key} = ${expected}`).toBe(200)
      expect((await assumeWith({}, {}, samlDeveloperWith({ StringEquals: { [key]: `${expected}-not` } }))).status).toBe(403)
      if (Object.keys(options).length > 0) expect((await assumeWith(options, {}, samlDeveloperWith({ StringEquals: { [key]: expected } }))).status).toBe(403)
    })
  }

  it('the keys are case-insensitive, like every condition key (the demo trust policy writes SAML:aud)', async () => {
    expect((await assumeWith({}, {}, samlDeveloperWith({ StringEquals: { 'SAML:NameQualifier': await sha1Base64('https://idp.example.com/saml111111111111/ExampleIdP') } }))).status).toBe(200)
  })
})

describe('AssumeRoleWithSAML: PolicyArns (managed session policies; AWS STS API Reference, PolicyArns)', () => {
  it('an AWS managed policy: 200, with PackedPolicySize counting the ARN', async () => {
    const r = await assume(await samlAssertion(), { 'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
    expect(r.status, r.body).toBe(200)
    expect(Number(r.text('PackedPolicySize'))).toBeGreaterThan(0)
  }, 60_000) // the first use loads the built-in AWS managed policies (3 MB of JSON)

  it('an ARN the world does not have: NoSuchEntity', async () => {
    const r = await assume(await samlAssertion(), { 'PolicyArns.member.1.arn': 'arn:aws:iam::111111111111:policy/Missing' })
    expect([r.status, r.code]).toEqual([404, 'NoSuchEntity'])
  })
})
