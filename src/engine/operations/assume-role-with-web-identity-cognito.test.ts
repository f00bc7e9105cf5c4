import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose'
import { describe, expect, it } from 'vitest'
import { probe } from '../authorization/probe.ts'
import { simulatedCognitoToken } from '../idp/cognito-idp.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { callUnsigned, resultElementNames } from '../testing/unsigned-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'

// AssumeRoleWithWebIdentity with Amazon Cognito identity tokens (the "basic" flow): Cognito is built
// into STS, no IAM OIDC provider needed; the role trusts `"Federated": "cognito-identity.amazonaws.com"`
// with `cognito-identity.amazonaws.com:aud` (the pool), `:amr` (multi-valued) and `:sub` (IAM User
// Guide condition keys for web identity; Cognito Developer Guide "Role trust and permissions";
// the model's AssumeRoleWithWebIdentity documentation). Answers recorded from AWS (Big IAM Challenge write-ups, 2023–2025): Provider
// "cognito-identity.amazonaws.com", Audience the pool id, SubjectFromWebIdentityToken the identity id.
const ACTION = 'AssumeRoleWithWebIdentity'
const ROLE = 'arn:aws:iam::111111111111:role/CognitoAuthenticated'
const POOL = 'us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c'
const IDENTITY = 'us-east-1:5c1d9e2a-7b3f-4a6c-8d0e-1f2a3b4c5d6e'
const NOW = T0 / 1000
const KEY_MESSAGE = "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
const COGNITO_JWK = demoWorld.cognito?.simulatedIdp?.privateJwk as JWK

async function cognitoToken(options: { poolId?: string; sub?: string; amr?: string[]; lifetimeSeconds?: number } = {}, world: World = demoWorld): Promise<string> {
  const result = await simulatedCognitoToken(world, { sub: IDENTITY, amr: ['authenticated', 'accounts.google.com', 'accounts.google.com:1234567890'], nowMs: T0, ...options })
  if (!result.ok) throw new Error(result.reason)
  return result.token
}

/** A token with any claims, signed with the demo Cognito key (or another). */
async function signedClaims(claims: JWTPayload, key?: CryptoKey): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-cognito-1' }).sign(key ?? ((await importJWK(COGNITO_JWK, 'RS256')) as CryptoKey))
}

async function assume(token: string, world: World = demoWorld, roleArn = ROLE) {
  const sts = stsTestClient(world)
  const r = await callUnsigned(sts.engine, ACTION, { RoleArn: roleArn, RoleSessionName: 'cognito-session', WebIdentityToken: token })
  return { r, sts }
}

/** The demo world with a role in another account (production) trusting Cognito with this Condition. */
function crossAccountWorld(condition: Record<string, unknown>, poolAccount = '111111111111'): World {
  return worldChangedBy((w) => {
    const pool = w.cognito?.identityPools[0]
    if (pool) pool.account = poolAccount
    w.roles.push({
      account: '222222222222',
      name: 'CognitoReports',
      path: '/',
      roleId: 'AROATHPL2AOHMCOGNREPT',
      maxSessionDuration: 3600,
      tags: {},
      trustPolicy: { Version: '2012-10-17', Statement: [{ Sid: 'Pool', Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }] },
      policies: [],
    })
  })
}
const REPORTS = 'arn:aws:iam::222222222222:role/CognitoReports'
const AUD = { StringEquals: { 'cognito-identity.amazonaws.com:aud': POOL } }
const AUD_AND_AMR = { ...AUD, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }

describe('AssumeRoleWithWebIdentity with a Cognito identity token', () => {
  it('needs no IAM OIDC provider; Provider cognito-identity.amazonaws.com, Audience the pool id, subject the identity id', async () => {
    expect(demoWorld.oidcProviders.some((p) => p.url.includes('cognito'))).toBe(false)
    const { r } = await assume(await cognitoToken())
    expect(r.status, r.body).toBe(200)
    expect(resultElementNames(r.body, ACTION)).toEqual(['Audience', 'AssumedRoleUser', 'Provider', 'Credentials', 'SubjectFromWebIdentityToken'])
    expect([r.text('Provider'), r.text('Audience'), r.text('SubjectFromWebIdentityToken')]).toEqual(['cognito-identity.amazonaws.com', POOL, IDENTITY])
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/CognitoAuthenticated/cognito-session')
  })

  it('the session keeps cognito-identity.amazonaws.com:sub for policy variables', async () => {
    const { r, sts } = await assume(await cognitoToken())
    const own = probe(sts.engine, { ...credentialsOf(r), action: 's3:GetObject', resource: `arn:aws:s3:::user-uploads/cognito/${IDENTITY}/notes.txt` }, T0)
    const other = probe(sts.engine, { ...credentialsOf(r), action: 's3:GetObject', resource: 'arn:aws:s3:::user-uploads/cognito/us-east-1:another/notes.txt' }, T0)
    expect(own.ok && own.decision.result).toBe('Allow')
    expect(other.ok && other.decision.result).toBe('ImplicitDeny')
  })

  it('amr is multi-valued: a guest (unauthenticated) is refused by ForAnyValue:StringLike "authenticated"', async () => {
    const { r } = await assume(await cognitoToken({ amr: ['unauthenticated'] }))
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'])
  })

  it('amr carries the login provider: a role that trusts only Facebook users (the Cognito guide’s example)', async () => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'CognitoAuthenticated')
      if (role) role.trustPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { ...AUD, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'graph.facebook.com' } } }] }
    })
    expect((await assume(await cognitoToken({}, world), world)).r.code).toBe('AccessDenied')
    expect((await assume(await cognitoToken({ amr: ['authenticated', 'graph.facebook.com', 'graph.facebook.com:10160000000000042'] }, world), world)).r.status).toBe(200)
  })

  it('another identity pool (aud): refused by the aud condition', async () => {
    const { r } = await assume(await signedClaims({ iss: 'https://cognito-identity.amazonaws.com', sub: IDENTITY, aud: 'us-east-1:99999999-0000-0000-0000-000000000000', amr: ['authenticated'], iat: NOW, exp: NOW + 600 }))
    expect([r.status, r.code]).toEqual([403, 'AccessDenied'])
  })

  it('a token signed with another key: InvalidIdentityToken "Couldn’t retrieve verification key …"', async () => {
    const { privateKey } = await generateKeyPair('RS256')
    const { r } = await assume(await signedClaims({ iss: 'https://cognito-identity.amazonaws.com', sub: IDENTITY, aud: POOL, amr: ['authenticated'], iat: NOW, exp: NOW + 600 }, privateKey))
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidIdentityToken', KEY_MESSAGE])
    expect(r.checks.find((c) => c.outcome === 'fail')?.id).toBe('web-identity.token.signature')
  })

  it('a world without a cognito section publishes no Cognito keys: InvalidIdentityToken "Couldn’t retrieve verification key …"', async () => {
    const token = await cognitoToken()
    const world = worldChangedBy((w) => {
      delete w.cognito
    })
    const { r } = await assume(token, world)
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidIdentityToken', KEY_MESSAGE])
    expect(r.checks.find((c) => c.outcome === 'fail')?.id).toBe('web-identity.token.keys')
  })

  it('fact 68: an expired Cognito token (ten-minute lifetime by default) past IAM’s leeway: ExpiredTokenException', async () => {
    const { r } = await assume(await cognitoToken({ lifetimeSeconds: -301 }))
    expect([r.status, r.code, r.message]).toEqual([400, 'ExpiredTokenException', `Token expired: current date/time ${NOW} must be before the expiration date/time ${NOW - 301}`])
  })

  it('a token without aud: InvalidIdentityToken "Incorrect token audience"', async () => {
    const { r } = await assume(await signedClaims({ iss: 'https://cognito-identity.amazonaws.com', sub: IDENTITY, amr: ['authenticated'], iat: NOW, exp: NOW + 600 }))
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidIdentityToken', 'Incorrect token audience'])
  })

  it('an IAM OIDC provider for the Cognito issuer in the role’s account takes precedence (then the role must name its ARN)', async () => {
    const world = worldChangedBy((w) => {
      const jwks = w.cognito?.jwks ?? { keys: [] }
      w.oidcProviders.push({ account: '111111111111', url: 'https://cognito-identity.amazonaws.com', clientIds: [POOL], jwks })
    })
    const { r } = await assume(await cognitoToken({}, world), world)
    expect([r.status, r.code]).toEqual([403, 'AccessDenied'])
  })
})

describe('AssumeRoleWithWebIdentity: Cognito across accounts needs aud and amr conditions', () => {
  // The model's RoleArn documentation: roles trusted by identity pools of another account "must
  // contain the cognito-identity.amazonaws.com:aud condition key"; Cognito Developer Guide, "Security
  // best practices for Amazon Cognito identity pools": "AWS STS also requires that cross-account
  // basic authentication requests have two specific conditions: cognito-identity.amazonaws.com:aud
  // and cognito-identity.amazonaws.com:amr". The answer is the trust policy's AccessDenied (Cognito
  // Developer Guide, "Role trust and permissions").
  it('a pool of account 111111111111, a role of 222222222222 testing aud and amr: allowed', async () => {
    const world = crossAccountWorld(AUD_AND_AMR)
    const { r } = await assume(await cognitoToken({}, world), world, REPORTS)
    expect(r.status, r.body).toBe(200)
    expect(r.checks.find((c) => c.id === 'web-identity.cognito.cross-account')?.outcome).toBe('pass')
  })

  it('the same role testing aud only: AccessDenied, and the trace says which statement STS disregarded', async () => {
    const world = crossAccountWorld(AUD)
    const { r } = await assume(await cognitoToken({}, world), world, REPORTS)
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'])
    expect(r.checks.find((c) => c.id === 'web-identity.cognito.cross-account')?.detail).toContain('Statement[0] (Pool)')
  })

  it('testing no condition at all: AccessDenied across accounts', async () => {
    const world = crossAccountWorld({})
    expect((await assume(await cognitoToken({}, world), world, REPORTS)).r.code).toBe('AccessDenied')
  })

  it('within one account a trust policy testing aud only is enough (the rule is for other accounts)', async () => {
    const world = crossAccountWorld(AUD, '222222222222')
    const { r } = await assume(await cognitoToken({}, world), world, REPORTS)
    expect(r.status, r.body).toBe(200)
    expect(r.checks.some((c) => c.id === 'web-identity.cognito.cross-account')).toBe(false)
  })

  it('a pool the world does not list belongs to an outside account: cross-account for every role', async () => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'CognitoAuthenticated')
      if (role) role.trustPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:*' } } }] }
    })
    const outside = await signedClaims({ iss: 'https://cognito-identity.amazonaws.com', sub: IDENTITY, aud: 'us-east-1:77777777-0000-0000-0000-000000000000', amr: ['authenticated'], iat: NOW, exp: NOW + 600 })
    expect((await assume(outside, world)).r.code).toBe('AccessDenied')
    expect((await assume(await cognitoToken({}, world), world)).r.status).toBe(200)
  })
})

describe('simulatedCognitoToken', () => {
  it('issues a token jose verifies with the world’s Cognito JWKS, with Cognito’s claims and a ten-minute lifetime', async () => {
    const token = await cognitoToken()
    const { jwtVerify, createLocalJWKSet } = await import('jose')
    const { payload } = await jwtVerify(token, createLocalJWKSet(demoWorld.cognito?.jwks as never), { issuer: 'https://cognito-identity.amazonaws.com', audience: POOL, currentDate: new Date(T0) })
    expect(payload).toMatchObject({ sub: IDENTITY, amr: ['authenticated', 'accounts.google.com', 'accounts.google.com:1234567890'], iat: NOW, exp: NOW + 600 })
    expect(payload.nbf).toBeUndefined()
  })

  it('never throws: no Cognito, no simulated IdP, an unknown pool, a bad key are reasons', async () => {
    const noCognito = worldChangedBy((w) => {
      delete w.cognito
    })
    expect(await simulatedCognitoToken(noCognito, { sub: IDENTITY, amr: [], nowMs: T0 })).toEqual({ ok: false, reason: 'the world has no Cognito identity pools' })
    expect((await simulatedCognitoToken(demoWorld, { poolId: 'us-east-1:0000', sub: IDENTITY, amr: [], nowMs: T0 })).ok).toBe(false)
    const badKey = worldChangedBy((w) => {
      if (w.cognito) w.cognito.simulatedIdp = { privateJwk: { kty: 'RSA', n: 'x' } }
    })
    expect((await simulatedCognitoToken(badKey, { sub: IDENTITY, amr: [], nowMs: T0 })).ok).toBe(false)
    const { publicKey } = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = { ...(await exportJWK(publicKey)) }
    const publicOnly = worldChangedBy((w) => {
      if (w.cognito) w.cognito.simulatedIdp = { privateJwk: publicJwk }
    })
    expect((await simulatedCognitoToken(publicOnly, { sub: IDENTITY, amr: [], nowMs: T0 })).ok).toBe(false)
  })
})
