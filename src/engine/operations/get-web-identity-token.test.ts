import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { PRODUCTION_ROOT, ALICE, BOB, ROOT_WORKLOAD } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { parseWorld } from '../world/parse-world.ts'
import type { World } from '../world/world-schema.ts'
import { outboundIssuer, outboundOpenIdConfiguration } from './web-identity-token/issuer.ts'
import { outboundJwks } from './web-identity-token/signing-keys.ts'

// GetWebIdentityToken through the wire (STS API Reference, GetWebIdentityToken; IAM User Guide,
// "Getting started with outbound identity federation", "Understanding token claims"). Expected
// texts are AWS's as captured in radkawar/stackd testdata/aws/iam/outbound_identity.json and
// outbound_issuance.json. The test world enables outbound federation for workload (111111111111)
// and lets alice and the Dev and ReadOnly roles call the operation.
const REGIONAL = { host: 'sts.us-east-1.amazonaws.com', region: 'us-east-1' }
const AUDIENCE = 'https://api.example.com'
const OUTBOUND = { name: 'Outbound', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:GetWebIdentityToken', 'sts:TagGetWebIdentityToken'], Resource: '*' }] } }

function outboundWorld(options: { enabled?: boolean; alicePolicy?: unknown; boundaryAllows?: boolean } = {}): World {
  const world = structuredClone(demoWorld) as unknown as { accounts: Record<string, unknown>[]; users: Record<string, unknown>[]; roles: Record<string, unknown>[] }
  for (const account of world.accounts) if (account.id === '111111111111') account.outboundWebIdentityFederation = options.enabled ?? true
  for (const user of world.users) if (user.name === 'alice') (user.policies as unknown[]).push(options.alicePolicy ?? OUTBOUND)
  for (const role of world.roles) if (role.name === 'Dev' || role.name === 'ReadOnly') (role.policies as unknown[]).push(OUTBOUND)
  // ReadOnly has a permissions boundary: it must allow the actions too.
  const readOnly = world.roles.find((role) => role.name === 'ReadOnly') as { permissionsBoundary: { document: { Statement: unknown[] } } }
  if (options.boundaryAllows ?? true) readOnly.permissionsBoundary.document.Statement.push(OUTBOUND.document.Statement[0])
  const parsed = parseWorld(world)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.world
}

async function verify(token: string, sessionKey: Uint8Array, account = '111111111111', audience = AUDIENCE) {
  const jwks = createLocalJWKSet(await outboundJwks(sessionKey, account))
  return jwtVerify(token, jwks, { issuer: outboundIssuer(account), audience, currentDate: new Date(T0) })
}

describe('GetWebIdentityToken: tokens', () => {
  it('alice gets an ES384 token that verifies with the account JWKS; default 300 s; Expiration keeps milliseconds', async () => {
    const sts = stsTestClient(outboundWorld())
    const r = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'ES384' }, REGIONAL)
    expect(r.status).toBe(200)
    expect(r.body.indexOf('<WebIdentityToken>')).toBeLessThan(r.body.indexOf('<Expiration>'))
    expect(r.text('Expiration')).toBe('2026-01-01T00:05:00.000Z')
    const token = r.text('WebIdentityToken') ?? ''
    expect(decodeProtectedHeader(token)).toEqual({ kid: 'EC384_0', typ: 'JWT', alg: 'ES384' })
    const { payload } = await verify(token, sts.engine.sessionKey)
    expect(payload).toMatchObject({
      aud: AUDIENCE,
      sub: 'arn:aws:iam::111111111111:user/alice',
      iss: outboundIssuer('111111111111'),
      iat: T0 / 1000,
      exp: T0 / 1000 + 300,
      'https://sts.amazonaws.com/': { aws_account: '111111111111', source_region: 'us-east-1', principal_id: 'arn:aws:iam::111111111111:user/alice', principal_tags: { team: 'platform' } },
    })
    expect(payload.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(Object.keys(payload)).toEqual(['aud', 'sub', 'https://sts.amazonaws.com/', 'iss', 'exp', 'iat', 'jti'])
    // Long-term credentials: no session expiry claim.
    expect(payload['https://sts.amazonaws.com/']).not.toHaveProperty('original_session_exp')
  })

  it('RS256 with several audiences (an array, duplicates kept) and tags as request_tags', async () => {
    const sts = stsTestClient(outboundWorld())
    const r = await sts.call(
      ALICE,
      'GetWebIdentityToken',
      { Audience: ['one', 'two', 'one'], SigningAlgorithm: 'RS256', DurationSeconds: 3600, Tags: [{ Key: 'job', Value: 'nightly' }, { Key: 'aws:test', Value: 'reserved' }] },
      REGIONAL,
    )
    expect(r.status).toBe(200)
    const token = r.text('WebIdentityToken') ?? ''
    expect(decodeProtectedHeader(token)).toEqual({ kid: 'RSA_0', typ: 'JWT', alg: 'RS256' })
    const { payload } = await verify(token, sts.engine.sessionKey, '111111111111', 'two')
    expect(payload.aud).toEqual(['one', 'two', 'one'])
    expect(payload.exp).toBe(T0 / 1000 + 3600)
    expect(payload['https://sts.amazonaws.com/']).toMatchObject({ request_tags: { job: 'nightly', 'aws:test': 'reserved' } })
    expect(r.text('Expiration')).toBe('2026-01-01T01:00:00.000Z')
  })

  it('a role session: sub is the role ARN with its path; original_session_exp and source_identity are claims', async () => {
    const sts = stsTestClient(outboundWorld())
    const session = credentialsOf(
      await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly', RoleSessionName: 'reader', DurationSeconds: 1800 }, REGIONAL),
    )
    const r = await sts.call(session, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'ES384', DurationSeconds: 60 }, REGIONAL)
    expect(r.status).toBe(200)
    const claims = decodeJwt(r.text('WebIdentityToken') ?? '')
    expect(claims.sub).toBe('arn:aws:iam::111111111111:role/teams/analytics/ReadOnly')
    expect(claims['https://sts.amazonaws.com/']).toEqual({
      aws_account: '111111111111',
      // The demo world's account 111111111111 is in its organization.
      org_id: 'o-demo0playgrnd',
      original_session_exp: '2026-01-01T00:30:00Z',
      source_region: 'us-east-1',
      principal_id: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly',
    })
    const dev = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev', SourceIdentity: 'alice', Tags: [{ Key: 'team', Value: 'session' }] }, REGIONAL))
    const tagged = decodeJwt((await sts.call(dev, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' }, REGIONAL)).text('WebIdentityToken') ?? '')
    expect(tagged['https://sts.amazonaws.com/']).toMatchObject({ source_identity: 'alice', principal_tags: { team: 'session' } })
  })

  it('the region the request was signed for is source_region; the JWKS holds the RSA key then the P-384 key', async () => {
    const sts = stsTestClient(outboundWorld())
    const r = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' }, { host: 'sts.eu-west-2.amazonaws.com', region: 'eu-west-2' })
    expect(decodeJwt(r.text('WebIdentityToken') ?? '')['https://sts.amazonaws.com/']).toMatchObject({ source_region: 'eu-west-2' })
    const jwks = await outboundJwks(sts.engine.sessionKey, '111111111111')
    expect(jwks.keys.map((k) => [k.kid, k.kty, k.alg, k.use])).toEqual([
      ['RSA_0', 'RSA', 'RS256', 'sig'],
      ['EC384_0', 'EC', 'ES384', 'sig'],
    ])
    expect(outboundOpenIdConfiguration('111111111111')).toMatchObject({ issuer: outboundIssuer('111111111111'), id_token_signing_alg_values_supported: ['RS256', 'ES384'] })
    expect(outboundIssuer('111111111111')).toMatch(/^https:\/\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\.tokens\.sts\.global\.api\.aws$/)
    expect(outboundIssuer('222222222222')).not.toBe(outboundIssuer('111111111111'))
  })

  it('the account root may call it: sub is the root ARN', async () => {
    const r = await stsTestClient(outboundWorld()).call(ROOT_WORKLOAD, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'ES384' }, REGIONAL)
    expect(decodeJwt(r.text('WebIdentityToken') ?? '').sub).toBe('arn:aws:iam::111111111111:root')
  })
})

describe('GetWebIdentityToken: refusals, in AWS’s order', () => {
  it('the global endpoint: 400 InvalidAction "Operation not supported on STS global endpoint"', async () => {
    const r = await stsTestClient(outboundWorld()).call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' })
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidAction', 'Operation not supported on STS global endpoint'])
  })

  it('fact 57: DurationSeconds 59 and 3601 are model ValidationErrors', async () => {
    const sts = stsTestClient(outboundWorld())
    const low = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', DurationSeconds: 59 }, REGIONAL)
    expect([low.status, low.message]).toEqual([400, "1 validation error detected: Value '59' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60"])
    const high = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', DurationSeconds: 3601 }, REGIONAL)
    expect(high.message).toBe("1 validation error detected: Value '3601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600")
    const missing = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE] }, REGIONAL)
    expect(missing.message).toBe("1 validation error detected: Value null at 'signingAlgorithm' failed to satisfy constraint: Member must not be null")
  })

  it('an unsupported 5-character algorithm (or the right one in lower case), even on a disabled account', async () => {
    const sts = stsTestClient(outboundWorld({ enabled: false }))
    for (const alg of ['RS384', 'ES256', 'HS256', 'rs256']) {
      const r = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: alg }, REGIONAL)
      expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', 'Requested SigningAlgorithm is not supported. See the GetWebIdentityToken documentation for supported algorithms'])
    }
  })

  it('tag keys that differ only by case', async () => {
    const r = await stsTestClient(outboundWorld()).call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', Tags: [{ Key: 'team', Value: 'one' }, { Key: 'Team', Value: 'two' }] }, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidParameterValue', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.'])
  })

  it('no permission: AccessDenied on arn:aws:sts::<account>:self with the reason, before the disabled check', async () => {
    const r = await stsTestClient(outboundWorld({ enabled: false })).call(BOB, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' }, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([
      403,
      'AccessDenied',
      'User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:GetWebIdentityToken on resource: arn:aws:sts::111111111111:self because no identity-based policy allows the sts:GetWebIdentityToken action',
    ])
  })

  it('a permissions boundary must allow it too', async () => {
    const sts = stsTestClient(outboundWorld({ boundaryAllows: false }))
    const reader = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly', RoleSessionName: 'reader' }, REGIONAL))
    const r = await sts.call(reader, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'ES384' }, REGIONAL)
    expect(r.message).toBe(
      'User: arn:aws:sts::111111111111:assumed-role/ReadOnly/reader is not authorized to perform: sts:GetWebIdentityToken on resource: arn:aws:sts::111111111111:self because no permissions boundary allows the sts:GetWebIdentityToken action',
    )
  })

  it('tags need sts:TagGetWebIdentityToken', async () => {
    const only = { name: 'NoTags', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetWebIdentityToken', Resource: 'arn:aws:sts::111111111111:self' }] } }
    const sts = stsTestClient(outboundWorld({ alicePolicy: only }))
    expect((await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' }, REGIONAL)).status).toBe(200)
    const r = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', Tags: [{ Key: 'team', Value: 'test' }] }, REGIONAL)
    expect(r.message).toBe(
      'User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:TagGetWebIdentityToken on resource: arn:aws:sts::111111111111:self because no identity-based policy allows the sts:TagGetWebIdentityToken action',
    )
  })

  it('sts:IdentityTokenAudience, sts:SigningAlgorithm and sts:DurationSeconds (300 when not passed) are condition keys', async () => {
    const conditioned = {
      name: 'Scoped',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'sts:GetWebIdentityToken',
            Resource: '*',
            Condition: { 'ForAllValues:StringEquals': { 'sts:IdentityTokenAudience': [AUDIENCE] }, StringEquals: { 'sts:SigningAlgorithm': 'RS256' }, NumericLessThanEquals: { 'sts:DurationSeconds': '300' } },
          },
        ],
      },
    }
    const sts = stsTestClient(outboundWorld({ alicePolicy: conditioned }))
    const ask = (params: Record<string, unknown>) => sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', ...params } as never, REGIONAL)
    expect((await ask({})).status).toBe(200)
    expect((await ask({ Audience: [AUDIENCE, 'other'] })).code).toBe('AccessDenied')
    expect((await ask({ SigningAlgorithm: 'ES384' })).code).toBe('AccessDenied')
    expect((await ask({ DurationSeconds: 301 })).code).toBe('AccessDenied')
  })

  it('a token may not outlive the calling session (403), even on a disabled account', async () => {
    for (const enabled of [true, false]) {
      const sts = stsTestClient(outboundWorld({ enabled }))
      const dev = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev', DurationSeconds: 900 }, REGIONAL))
      const r = await sts.call(dev, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', DurationSeconds: 3600 }, REGIONAL)
      expect([r.status, r.code, r.message]).toEqual([403, 'SessionDurationEscalationException', "Requested token expiry time must be before the original session's expiry time."])
    }
    const sts = stsTestClient(outboundWorld())
    const dev = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev', DurationSeconds: 900 }, REGIONAL))
    expect((await sts.call(dev, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256', DurationSeconds: 900 }, REGIONAL)).status).toBe(200)
  })

  it('an account without outbound federation: 403 OutboundWebIdentityFederationDisabledException', async () => {
    const sts = stsTestClient(outboundWorld({ enabled: false }))
    const r = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' }, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([403, 'OutboundWebIdentityFederationDisabledException', 'OutboundWebIdentityFederation is disabled.'])
    expect(r.decidedBy).toBe('web-identity-token.enabled')
    const production = await sts.call(PRODUCTION_ROOT, 'GetWebIdentityToken', { Audience: [AUDIENCE], SigningAlgorithm: 'RS256' }, REGIONAL)
    expect(production.code).toBe('OutboundWebIdentityFederationDisabledException')
  })

  it('claims over 14,984 bytes: 400 JWTPayloadSizeExceededException', async () => {
    const sts = stsTestClient(outboundWorld())
    const audiences = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(1000, 'a'))
    const tags = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v'.repeat(256) }))
    const r = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: audiences, SigningAlgorithm: 'ES384', Tags: tags }, REGIONAL)
    expect([r.status, r.code]).toEqual([400, 'JWTPayloadSizeExceededException'])
    expect(r.message).toContain('The requested token payload size exceeds the maximum allowed size.')
    const fits = await sts.call(ALICE, 'GetWebIdentityToken', { Audience: audiences, SigningAlgorithm: 'ES384', Tags: tags.slice(0, 10) }, REGIONAL)
    expect(fits.status).toBe(200)
  })
})
