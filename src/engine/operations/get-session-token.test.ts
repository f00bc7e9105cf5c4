import { describe, expect, it } from 'vitest'
import { ALICE, BOB, ROOT_WORKLOAD } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { credentialResolver } from '../sessions/resolve-credentials.ts'
import { currentMfaCode } from './assume/mfa-code.ts'

// GetSessionToken against the demo world, through the wire (IAM User Guide: Permissions
// for GetSessionToken; Configuring MFA-protected API access; Compare AWS STS credentials).
const ALICE_MFA = 'arn:aws:iam::111111111111:mfa/alice'
const ALICE_SEED = 'RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB'
const ADMIN = 'arn:aws:iam::111111111111:role/Admin'

function withAlicePolicy(document: unknown): World {
  const world = structuredClone(demoWorld)
  world.users = world.users.map((u) => (u.name === 'alice' ? { ...u, policies: [...u.policies, { name: 'Extra', document }] } : u))
  return world
}

describe('GetSessionToken: the result and its durations', () => {
  it('fact 52: alice with no parameters gets 43200-second credentials and only <Credentials>', async () => {
    const r = await stsTestClient().call(ALICE, 'GetSessionToken')
    expect(r.status).toBe(200)
    const result = /<GetSessionTokenResult>([\s\S]*)<\/GetSessionTokenResult>/.exec(r.body)?.[1] ?? ''
    expect([...result.matchAll(/^ {4}<(\w+)>/gm)].map((m) => m[1])).toEqual(['Credentials'])
    expect(r.text('AccessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(r.text('SecretAccessKey')).toMatch(/^[A-Za-z0-9+/]{40}$/)
    expect(r.text('Expiration')).toBe('2026-01-01T12:00:00Z')
  })

  it('fact 51: 129600 s is the longest for an IAM user; 129601 and 899 fail model validation', async () => {
    const sts = stsTestClient()
    expect((await sts.call(ALICE, 'GetSessionToken', { DurationSeconds: 129600 })).text('Expiration')).toBe('2026-01-02T12:00:00Z')
    const over = await sts.call(ALICE, 'GetSessionToken', { DurationSeconds: 129601 })
    expect([over.status, over.code, over.message]).toEqual([400, 'ValidationError', "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600"])
    const under = await sts.call(ALICE, 'GetSessionToken', { DurationSeconds: 899 })
    expect(under.message).toBe("1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900")
  })

  it.each([
    ['no DurationSeconds: one hour', undefined, '2026-01-01T01:00:00Z'],
    ['7200 is shortened to one hour, not refused', 7200, '2026-01-01T01:00:00Z'],
    ['900 stays 900', 900, '2026-01-01T00:15:00Z'],
  ])('the root user (API Reference, GetSessionToken DurationSeconds): %s', async (_label, DurationSeconds, expiration) => {
    const r = await stsTestClient().call(ROOT_WORKLOAD, 'GetSessionToken', { DurationSeconds })
    expect([r.status, r.text('Expiration')]).toEqual([200, expiration])
  })

  it('STS not active in the region for the caller’s account: RegionDisabledException (modeled error)', async () => {
    const r = await stsTestClient().call(ALICE, 'GetSessionToken', {}, { host: 'sts.eu-south-1.amazonaws.com', region: 'eu-south-1' })
    expect([r.status, r.code]).toEqual([403, 'RegionDisabledException'])
  })
})

describe('GetSessionToken: who the credentials are', () => {
  it.each([
    ['alice', ALICE, 'arn:aws:iam::111111111111:user/alice', 'AIDARTXV5AHDSALICE7QZ'],
    ['bob (with his path)', BOB, 'arn:aws:iam::111111111111:user/division/bob', 'AIDARTXV5AHDTBOB2K4MX'],
    ['root', ROOT_WORKLOAD, 'arn:aws:iam::111111111111:root', '111111111111'],
  ])('fact 60: GetCallerIdentity with the credentials of %s names the caller, not a session', async (_label, caller, arn, userId) => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(caller, 'GetSessionToken'))
    const me = await sts.call(creds, 'GetCallerIdentity')
    expect([me.text('Arn'), me.text('UserId'), me.text('Account')]).toEqual([arn, userId, '111111111111'])
  })

  it.each([
    ['fact 58', 'GetSessionToken', {}],
    ['fact 59', 'GetFederationToken', { Name: 'jane' }],
  ])('%s: the credentials cannot call %s (session credentials)', async (_fact, operation, parameters) => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken'))
    const r = await sts.call(creds, operation, parameters)
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', `Cannot call ${operation} with session credentials`])
  })
})

describe('GetSessionToken: no permission needed (IAM User Guide, "Permissions for GetSessionToken")', () => {
  it('fact 62: an explicit Deny on sts:GetSessionToken changes nothing', async () => {
    const world = withAlicePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sts:GetSessionToken', Resource: '*' }] })
    expect((await stsTestClient(world).call(ALICE, 'GetSessionToken')).status).toBe(200)
  })

  it('fact 62: bob, whose policies say nothing about STS, gets a session token', async () => {
    expect((await stsTestClient().call(BOB, 'GetSessionToken')).status).toBe(200)
  })
})

describe('GetSessionToken with MFA (IAM User Guide: Configuring MFA-protected API access; AWS global condition context keys)', () => {
  it('the current code and the code of the step before are accepted', async () => {
    const sts = stsTestClient()
    for (const at of [T0, T0 - 30_000]) {
      const r = await sts.call(ALICE, 'GetSessionToken', { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, at) })
      expect(r.status).toBe(200)
    }
  })

  // AWS accepts each code once: a second use is refused with the wrong-code text
  // (hashicorp/terraform-provider-aws#3885 "every MFA Token could be used just once";
  // 99designs/aws-vault#1110 "the same code is used twice which is not permitted"; aws/aws-cli#2279).
  it.each([
    ['GetSessionToken then GetSessionToken', 'GetSessionToken', {}],
    ['GetSessionToken then AssumeRole Admin', 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin' }],
  ])('a code already used is refused within its window (%s; aws-vault#1110)', async (_label, second, parameters) => {
    const sts = stsTestClient()
    const code = { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) }
    expect((await sts.call(ALICE, 'GetSessionToken', code)).status).toBe(200)
    sts.deps.advance(10_000)
    const again = await sts.call(ALICE, second, { ...parameters, ...code })
    expect([again.status, again.code, again.message]).toEqual([403, 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '])
    expect(again.checks.find((c) => c.outcome === 'fail')?.detail).toMatch(/already used/)
  })

  it('after a code is used, the next step’s code is accepted; the used one stays refused until it expires', async () => {
    const sts = stsTestClient()
    const at = (ms: number) => ({ SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, ms) })
    expect((await sts.call(ALICE, 'GetSessionToken', at(T0))).status).toBe(200)
    sts.deps.advance(30_000)
    expect((await sts.call(ALICE, 'GetSessionToken', at(T0 + 30_000))).status).toBe(200)
    expect((await sts.call(ALICE, 'GetSessionToken', at(T0))).code).toBe('AccessDenied')
  })

  it('each engine remembers its own codes: a new engine accepts the code again', async () => {
    const code = { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) }
    expect((await stsTestClient().call(ALICE, 'GetSessionToken', code)).status).toBe(200)
    expect((await stsTestClient().call(ALICE, 'GetSessionToken', code)).status).toBe(200)
  })

  it('fact 63: a wrong code is AccessDenied with AWS’s text (trailing space; lonelyplanet/aws-mfa#21)', async () => {
    const r = await stsTestClient().call(ALICE, 'GetSessionToken', { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0 - 60_000) })
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '])
  })

  it('a device that is not the caller’s: "unable to validate MFA code" (double space; aws/aws-cli#6325)', async () => {
    const r = await stsTestClient().call(BOB, 'GetSessionToken', { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) })
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.'])
  })

  it.each([
    ['fact 64: TokenCode of 5 digits', { SerialNumber: ALICE_MFA, TokenCode: '12345' }, "Value '12345' at 'tokenCode' failed to satisfy constraint: Member must have length greater than or equal to 6"],
    ['fact 64: TokenCode with a letter', { SerialNumber: ALICE_MFA, TokenCode: '12345a' }, "Value '12345a' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*"],
    ['fact 65: SerialNumber of 8 characters', { SerialNumber: 'GAHT1234', TokenCode: '123456' }, "Value 'GAHT1234' at 'serialNumber' failed to satisfy constraint: Member must have length greater than or equal to 9"],
  ])('%s fails model validation', async (_label, parameters, violation) => {
    const r = await stsTestClient().call(ALICE, 'GetSessionToken', parameters)
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', `1 validation error detected: ${violation}`])
  })

  it('with MFA the credentials satisfy the Admin trust policy (aws:MultiFactorAuthPresent = true); without, they do not', async () => {
    const sts = stsTestClient()
    const withMfa = credentialsOf(await sts.call(ALICE, 'GetSessionToken', { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) }))
    const admin = await sts.call(withMfa, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin' })
    expect([admin.status, admin.text('Arn')]).toEqual([200, 'arn:aws:sts::111111111111:assumed-role/Admin/admin'])
    const withoutMfa = credentialsOf(await sts.call(ALICE, 'GetSessionToken'))
    const denied = await sts.call(withoutMfa, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin' })
    expect([denied.status, denied.code, denied.message]).toEqual([403, 'AccessDenied', `User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on resource: ${ADMIN}`])
  })

  it('aws:MultiFactorAuthAge counts from the GetSessionToken call', async () => {
    const world = structuredClone(demoWorld)
    const fresh = {
      ...world.roles.find((r) => r.name === 'Dev')!,
      name: 'FreshMfa',
      roleId: 'AROARTXV5AHDSFRESHMFA',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'sts:AssumeRole', Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '300' } } }],
      },
    }
    world.roles = [...world.roles, fresh]
    const sts = stsTestClient(world)
    const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken', { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) }))
    const role = 'arn:aws:iam::111111111111:role/FreshMfa'
    sts.deps.advance(299_000)
    expect((await sts.call(creds, 'AssumeRole', { RoleArn: role, RoleSessionName: 's1' })).status).toBe(200)
    sts.deps.advance(1_000)
    expect((await sts.call(creds, 'AssumeRole', { RoleArn: role, RoleSessionName: 's1' })).code).toBe('AccessDenied')
  })

})

// AWS Knowledge Center, "Can I increase the IAM role chaining session duration limit?": MFA users
// of the AWS CLI assume roles with GetSessionToken credentials, "limited to one hour"; observed as
// the role-chaining ValidationError with session-token credentials (mmmorris1975/aws-runas#11,
// 99designs/aws-vault#263).
describe('GetSessionToken credentials assume roles as role chaining does: one hour at most', () => {
  const BATCH = 'arn:aws:iam::111111111111:role/Batch'
  const CHAINING = 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'

  it.each([
    ['without MFA', {}],
    ['with MFA', { SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) }],
  ])('%s: Batch (MaxSessionDuration 43200) for 7200 s is the role-chaining ValidationError (aws-runas#11)', async (_label, mfa) => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken', mfa))
    const r = await sts.call(creds, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'long', DurationSeconds: 7200 })
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', CHAINING])
    expect(r.checks.find((c) => c.id === 'assume.duration')?.detail).toMatch(/GetSessionToken credentials counts as role chaining/)
  })

  it.each([
    ['3600 s is the most', 3600, 200, '2026-01-01T01:00:00Z'],
    ['no DurationSeconds: the default, 3600 s', undefined, 200, '2026-01-01T01:00:00Z'],
    ['900 s is fine', 900, 200, '2026-01-01T00:15:00Z'],
    ['3601 s is refused', 3601, 400, undefined],
    ['43200 s is refused', 43200, 400, undefined],
  ])('Batch: %s', async (_label, DurationSeconds, status, expiration) => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken'))
    const r = await sts.call(creds, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'long', DurationSeconds })
    expect([r.status, r.text('Expiration'), r.status === 400 ? r.message : undefined]).toEqual([status, expiration, status === 400 ? CHAINING : undefined])
  })

  it('over both limits, the role maximum is reported first (Dev, MaxSessionDuration 3600; fact 34)', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken'))
    const r = await sts.call(creds, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev', DurationSeconds: 3601 })
    expect(r.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })

  it('the role session it makes is marked chained (Session.chained)', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken'))
    const r = await sts.call(creds, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'chain' })
    const resolved = credentialResolver(sts.engine.world, sts.engine.sessionKey).resolve(r.text('AccessKeyId') ?? '', r.text('SessionToken'))
    expect(resolved.ok && resolved.session?.chained).toBe(true)
  })

  it('long-term credentials of the same user still get the role maximum (not chaining)', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'long', DurationSeconds: 43200 })
    expect([r.status, r.text('Expiration')]).toEqual([200, '2026-01-01T12:00:00Z'])
  })
})
