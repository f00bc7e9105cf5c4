import { describe, expect, it } from 'vitest'
import { probe } from '../authorization/probe.ts'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import { hostWebCrypto, iso } from '../testing/saml-response.ts'
import { T0 } from '../testing/sign-request.ts'
import { credentialsOf } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { callUnsigned } from '../testing/unsigned-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { AWS_SAML_SIGNIN, simulatedSamlResponse, type SimulatedSamlOptions } from './saml-idp.ts'

// The simulated SAML IdP's responses, redeemed with AssumeRoleWithSAML exactly as a browser posts
// them to AWS: the engine verifies them like any IdP's.
const PROVIDER = 'arn:aws:iam::111111111111:saml-provider/ExampleIdP'
const ROLE = 'arn:aws:iam::111111111111:role/SamlDeveloper'

function engineAt(world: World = demoWorld, nowMs = T0) {
  return createEngine({ world, deps: { ...fixedDeps(nowMs), webCrypto: hostWebCrypto } })
}

async function response(options: Partial<SimulatedSamlOptions> = {}, world: World = demoWorld, provider = PROVIDER) {
  return simulatedSamlResponse(world, provider, { nameId: 'carol@example.com', roleSessionName: 'carol', nowMs: T0, ...options }, hostWebCrypto)
}

async function redeem(base64: string, world: World = demoWorld, nowMs = T0) {
  const engine = engineAt(world, nowMs)
  const r = await callUnsigned(engine, 'AssumeRoleWithSAML', { RoleArn: ROLE, PrincipalArn: PROVIDER, SAMLAssertion: base64 })
  return { r, engine }
}

async function signedResponse(options: Partial<SimulatedSamlOptions> = {}, world: World = demoWorld) {
  const made = await response(options, world)
  if (!made.ok) throw new Error(made.reason)
  return made
}

describe('simulatedSamlResponse: what the demo IdP signs', () => {
  it('is accepted by AssumeRoleWithSAML, with the IdP’s issuer, the NameID and the role session name', async () => {
    const { r } = await redeem((await signedResponse()).base64)
    expect(r.status, r.body).toBe(200)
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/SamlDeveloper/carol')
    expect(r.text('AssumedRoleId')).toBe('AROARTXV5AHDSSAMLDEV2:carol')
    expect(r.text('Issuer')).toBe('https://idp.example.com/saml')
    expect(r.text('Audience')).toBe(AWS_SAML_SIGNIN)
    expect(r.text('Subject')).toBe('carol@example.com')
    expect(r.text('SubjectType')).toBe('persistent')
    expect(r.text('Expiration')).toBe('2026-01-01T01:00:00Z')
    expect(r.body).not.toContain('<PackedPolicySize>')
  })

  it('signs the Assertion: an enveloped RSA-SHA256 signature with exclusive C14N after its Issuer, the provider’s certificate in KeyInfo', async () => {
    const { xml, base64 } = await signedResponse()
    const assertion = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(xml)?.[0] ?? ''
    expect(assertion).toMatch(/^<saml:Assertion [^>]*><saml:Issuer>https:\/\/idp\.example\.com\/saml<\/saml:Issuer><ds:Signature /)
    expect(assertion).toContain('Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"')
    expect(assertion).toContain('<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>')
    const certificate = demoWorld.samlProviders[0]?.signingCertificates[0]?.replace(/-----[A-Z ]+-----|\s+/g, '')
    expect(assertion).toContain(`<ds:X509Certificate>${certificate}</ds:X509Certificate>`)
    expect(xml.match(/<ds:Signature[ >]/g)).toHaveLength(1)
    expect(atob(base64)).toBe(xml)
  })

  it('times: IssueInstant and NotBefore at nowMs, NotOnOrAfter lifetimeSeconds later (default 300)', async () => {
    const { xml } = await signedResponse()
    expect(xml).toContain(`IssueInstant="${iso(T0)}"`)
    expect(xml).toContain(`<saml:Conditions NotBefore="${iso(T0)}" NotOnOrAfter="${iso(T0 + 300_000)}">`)
    expect(xml).toContain(`<saml:SubjectConfirmationData NotOnOrAfter="${iso(T0 + 300_000)}" Recipient="${AWS_SAML_SIGNIN}"/>`)
    expect((await signedResponse({ lifetimeSeconds: 60 })).xml).toContain(`NotOnOrAfter="${iso(T0 + 60_000)}" Recipient=`)
  })

  it('by default offers every role that trusts the provider, paired with the provider ARN', async () => {
    const { xml } = await signedResponse()
    expect(xml).toContain(`<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><saml:AttributeValue>${ROLE},${PROVIDER}</saml:AttributeValue></saml:Attribute>`)
    const explicit = await signedResponse({ roles: [{ roleArn: 'arn:aws:iam::111111111111:role/Other', providerArn: PROVIDER }] })
    expect(explicit.xml).toContain(`<saml:AttributeValue>arn:aws:iam::111111111111:role/Other,${PROVIDER}</saml:AttributeValue>`)
    expect((await redeem(explicit.base64)).r.message).toBe('Not authorized to perform sts:AssumeRoleWithSAML')
  })

  it('PrincipalTag and TransitiveTagKeys attributes become session tags', async () => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'SamlDeveloper')
      if (role) role.policies = [{ name: 'ByProject', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${aws:PrincipalTag/Project}/*' }] } }]
    })
    const made = await signedResponse({ principalTags: { Project: 'unicorn', team: 'web' }, transitiveTagKeys: ['Project'] }, world)
    expect(made.xml).toContain('<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/PrincipalTag:Project"><saml:AttributeValue>unicorn</saml:AttributeValue></saml:Attribute>')
    expect(made.xml).toContain('<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys"><saml:AttributeValue>Project</saml:AttributeValue></saml:Attribute>')
    const { r, engine } = await redeem(made.base64, world)
    expect(r.status, r.body).toBe(200)
    expect(r.text('PackedPolicySize')).toMatch(/^\d+$/)
    const creds = credentialsOf(r)
    const own = probe(engine, { ...creds, action: 's3:GetObject', resource: 'arn:aws:s3:::unicorn/a.txt' }, T0)
    const other = probe(engine, { ...creds, action: 's3:GetObject', resource: 'arn:aws:s3:::other/a.txt' }, T0)
    expect(own.ok && own.decision.result).toBe('Allow')
    expect(other.ok && other.decision.result).toBe('ImplicitDeny')
  })

  it('SessionDuration and SessionNotOnOrAfter shorten the session; another NameID format is the SubjectType', async () => {
    const short = await redeem((await signedResponse({ sessionDuration: 900 })).base64)
    expect(short.r.text('Expiration')).toBe(iso(T0 + 900_000))
    const capped = await redeem((await signedResponse({ sessionNotOnOrAfter: T0 + 1200_000 })).base64)
    expect(capped.r.text('Expiration')).toBe(iso(T0 + 1200_000))
    const transient = await redeem((await signedResponse({ nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' })).base64)
    expect(transient.r.text('SubjectType')).toBe('transient')
  })

  it('a SourceIdentity attribute needs sts:SetSourceIdentity, which SamlDeveloper’s trust policy does not allow', async () => {
    const made = await signedResponse({ sourceIdentity: 'carol' })
    expect(made.xml).toContain('<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/SourceIdentity"><saml:AttributeValue>carol</saml:AttributeValue></saml:Attribute>')
    expect((await redeem(made.base64)).r.message).toBe('Not authorized to perform sts:AssumeRoleWithSAML')
  })
})

describe('simulatedSamlResponse: expiry as STS sees it', () => {
  it('redeemed after its lifetime: ExpiredTokenException', async () => {
    const made = await signedResponse({ nowMs: T0 - 120_000, lifetimeSeconds: 60 })
    const { r } = await redeem(made.base64)
    expect(r.status).toBe(400)
    expect(r.code).toBe('ExpiredTokenException')
    expect(r.message).toBe('The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.')
  })

  it('redeemed more than 5 minutes after issue, even within a longer lifetime: ExpiredTokenException', async () => {
    const made = await signedResponse({ nowMs: T0 - 360_000, lifetimeSeconds: 3600 })
    const { r } = await redeem(made.base64)
    expect(r.code).toBe('ExpiredTokenException')
    expect(r.message).toBe('Token must be redeemed within 5 minutes of issuance')
  })
})

describe('simulatedSamlResponse: when it cannot answer', () => {
  it('a provider without a simulated IdP, or no such provider: ok false with the reason', async () => {
    const world = worldChangedBy((w) => {
      for (const p of w.samlProviders) delete p.simulatedIdp
    })
    expect(await response({}, world)).toEqual({ ok: false, reason: 'this provider has no simulated IdP in the world' })
    expect(await response({}, demoWorld, 'arn:aws:iam::111111111111:saml-provider/Nobody')).toEqual({ ok: false, reason: 'the world has no SAML provider arn:aws:iam::111111111111:saml-provider/Nobody' })
  })

  it('an unusable key or clock is an ok false, never a throw', async () => {
    const badKey = worldChangedBy((w) => {
      for (const p of w.samlProviders) p.simulatedIdp = { privateKeyPem: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' }
    })
    expect(await response({}, badKey)).toEqual({ ok: false, reason: "the simulated IdP's private key is not a PKCS#8 RSA key in PEM" })
    const badClock = await response({ nowMs: Number.NaN })
    expect(badClock.ok).toBe(false)
  })
})
