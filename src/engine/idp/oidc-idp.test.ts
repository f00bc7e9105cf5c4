import { decodeJwt, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { probe } from '../authorization/probe.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { callUnsigned } from '../testing/unsigned-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { simulatedIdToken, type SimulatedIdTokenOptions } from './oidc-idp.ts'

// The simulated OIDC IdP's ID tokens, redeemed with AssumeRoleWithWebIdentity: the engine verifies
// them against the provider's JWKS like any IdP's.
const PROVIDER = 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com'
const ROLE = 'arn:aws:iam::111111111111:role/WebAppUser'
const NOW = T0 / 1000

async function token(options: Partial<SimulatedIdTokenOptions> = {}, world: World = demoWorld): Promise<string> {
  const made = await simulatedIdToken(world, PROVIDER, { sub: 'user-42', nowMs: T0, ...options })
  if (!made.ok) throw new Error(made.reason)
  return made.token
}

async function redeem(webIdentityToken: string, world: World = demoWorld) {
  const sts = stsTestClient(world)
  const r = await callUnsigned(sts.engine, 'AssumeRoleWithWebIdentity', { RoleArn: ROLE, RoleSessionName: 'web-session', WebIdentityToken: webIdentityToken })
  return { r, sts }
}

describe('simulatedIdToken: what the demo OIDC IdP signs', () => {
  it('is accepted by AssumeRoleWithWebIdentity, with the provider, the audience and the subject', async () => {
    const { r } = await redeem(await token())
    expect(r.status, r.body).toBe(200)
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/WebAppUser/web-session')
    expect(r.text('Provider')).toBe(PROVIDER)
    expect(r.text('Audience')).toBe('playground-web')
    expect(r.text('SubjectFromWebIdentityToken')).toBe('user-42')
    expect(r.body).not.toContain('<PackedPolicySize>')
  })

  it('header: the JWK’s alg and kid; claims: iss, sub, aud (the first client id), iat = nbf = now, exp an hour later', async () => {
    const jwt = await token()
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', kid: 'playground-demo-oidc-1', typ: 'JWT' })
    expect(decodeJwt(jwt)).toEqual({ iss: 'https://oidc.example.com', sub: 'user-42', aud: 'playground-web', iat: NOW, nbf: NOW, exp: NOW + 3600 })
    expect(decodeJwt(await token({ lifetimeSeconds: 600, aud: ['playground-web', 'other'] }))).toMatchObject({ aud: ['playground-web', 'other'], exp: NOW + 600 })
  })

  it('extra claims are added, but never replace the provider’s own', async () => {
    const claims = decodeJwt(await token({ extraClaims: { email: 'user42@example.com', amr: ['pwd'], iss: 'https://evil.example.com' } }))
    expect(claims).toMatchObject({ email: 'user42@example.com', amr: ['pwd'], iss: 'https://oidc.example.com' })
  })

  it('the https://aws.amazon.com/tags claim carries session tags, each value a one-element array', async () => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'WebAppUser')
      if (role) role.policies = [{ name: 'ByTeam', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${aws:PrincipalTag/team}/*' }] } }]
    })
    const jwt = await token({ principalTags: { team: 'web', Project: 'unicorn' }, transitiveTagKeys: ['Project'] }, world)
    expect(decodeJwt(jwt)['https://aws.amazon.com/tags']).toEqual({ principal_tags: { team: ['web'], Project: ['unicorn'] }, transitive_tag_keys: ['Project'] })
    const { r, sts } = await redeem(jwt, world)
    expect(r.status, r.body).toBe(200)
    expect(r.text('PackedPolicySize')).toMatch(/^\d+$/)
    const creds = credentialsOf(r)
    const own = probe(sts.engine, { ...creds, action: 's3:GetObject', resource: 'arn:aws:s3:::web/a.txt' }, T0)
    const other = probe(sts.engine, { ...creds, action: 's3:GetObject', resource: 'arn:aws:s3:::ops/a.txt' }, T0)
    expect(own.ok && own.decision.result).toBe('Allow')
    expect(other.ok && other.decision.result).toBe('ImplicitDeny')
  })

  it('a source identity goes in https://aws.amazon.com/source_identity', async () => {
    expect(decodeJwt(await token({ sourceIdentity: 'alice' }))['https://aws.amazon.com/source_identity']).toBe('alice')
  })
})

describe('simulatedIdToken: expiry as STS sees it', () => {
  it('a token past exp and IAM’s five-minute leeway: ExpiredTokenException with both times', async () => {
    const jwt = await token({ nowMs: T0 - 7200_000, lifetimeSeconds: 3600 })
    const { r } = await redeem(jwt)
    expect(r.status).toBe(400)
    expect(r.code).toBe('ExpiredTokenException')
    expect(r.message).toBe(`Token expired: current date/time ${NOW} must be before the expiration date/time ${NOW - 3600}`)
  })

  it('within the leeway it is still accepted', async () => {
    const { r } = await redeem(await token({ nowMs: T0 - 120_000, lifetimeSeconds: 60 }))
    expect(r.status, r.body).toBe(200)
  })
})

describe('simulatedIdToken: when it cannot answer', () => {
  it('a provider without a simulated IdP, or no such provider: ok false with the reason', async () => {
    const world = worldChangedBy((w) => {
      for (const p of w.oidcProviders) delete p.simulatedIdp
    })
    expect(await simulatedIdToken(world, PROVIDER, { sub: 'u', nowMs: T0 })).toEqual({ ok: false, reason: 'this provider has no simulated IdP in the world' })
    const other = 'arn:aws:iam::111111111111:oidc-provider/accounts.example.org'
    expect(await simulatedIdToken(demoWorld, other, { sub: 'u', nowMs: T0 })).toEqual({ ok: false, reason: `the world has no OIDC provider ${other}` })
  })

  it('an unusable key is an ok false, never a throw', async () => {
    const publicOnly = worldChangedBy((w) => {
      for (const p of w.oidcProviders) p.simulatedIdp = { privateJwk: { ...p.jwks.keys[0] } }
    })
    const made = await simulatedIdToken(publicOnly, PROVIDER, { sub: 'u', nowMs: T0 })
    expect(made.ok).toBe(false)
    const notJwk = worldChangedBy((w) => {
      for (const p of w.oidcProviders) p.simulatedIdp = { privateJwk: { hello: 'world' } }
    })
    expect(await simulatedIdToken(notJwk, PROVIDER, { sub: 'u', nowMs: T0 })).toEqual({ ok: false, reason: "the simulated IdP's private key is not a JWK (no kty)" })
  })
})
