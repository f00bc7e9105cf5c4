import { describe, expect, it } from 'vitest'
import { ALICE, BOB, ROOT_WORKLOAD, VENDOR_BOT } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { currentMfaCode } from './assume/mfa-code.ts'

// AssumeRole against the demo world (src/engine/world/demo-world.json), through the wire.
const DEV = 'arn:aws:iam::111111111111:role/Dev'
const ADMIN = 'arn:aws:iam::111111111111:role/Admin'
const VENDOR_AUDIT = 'arn:aws:iam::111111111111:role/VendorAudit'
const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'
const CROSS = 'arn:aws:iam::222222222222:role/CrossAccountDeploy'
const ALICE_MFA = 'arn:aws:iam::111111111111:mfa/alice'
const ALICE_SEED = 'RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB'

describe('AssumeRole: success', () => {
  it('alice assumes Dev: AssumedRoleUser before Credentials, ASIA keys, no PackedPolicySize (facts 36, 37)', async () => {
    const sts = stsTestClient()
    const r = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'alice-dev' })
    expect(r.status).toBe(200)
    expect(r.body.indexOf('<AssumedRoleUser>')).toBeLessThan(r.body.indexOf('<Credentials>'))
    expect(r.text('AssumedRoleId')).toBe('AROARTXV5AHDSDEV2ROLE:alice-dev')
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/Dev/alice-dev')
    expect(r.text('AccessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(r.text('SecretAccessKey')).toMatch(/^[A-Za-z0-9+/]{40}$/)
    expect(r.text('SessionToken')?.length).toBeGreaterThanOrEqual(100)
    expect(r.text('Expiration')).toBe('2026-01-01T01:00:00Z') // fact 27: the default is 3600 s
    expect(r.body).not.toContain('PackedPolicySize')
    expect(r.body).not.toContain('SourceIdentity')
  })

  it('the new credentials call GetCallerIdentity as the session (fact 38 shape)', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1' }))
    const me = await sts.call(creds, 'GetCallerIdentity')
    expect([me.text('Arn'), me.text('UserId'), me.text('Account')]).toEqual(['arn:aws:sts::111111111111:assumed-role/Dev/s1', 'AROARTXV5AHDSDEV2ROLE:s1', '111111111111'])
  })

  it('fact 35: a role with a path gives a session ARN without the path', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: READ_ONLY, RoleSessionName: 's1' })
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/ReadOnly/s1')
  })

  it('fact 38: cross account, the session belongs to the role’s account', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: CROSS, RoleSessionName: 'deploy' }))
    expect(creds.accessKeyId).toMatch(/^ASIA/)
    const me = await sts.call(creds, 'GetCallerIdentity')
    expect([me.text('Account'), me.text('Arn')]).toEqual(['222222222222', 'arn:aws:sts::222222222222:assumed-role/CrossAccountDeploy/deploy'])
  })

  it('fact 29: 43200 s on a role whose maximum is 43200', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Batch', RoleSessionName: 's1', DurationSeconds: 43200 })
    expect(r.text('Expiration')).toBe('2026-01-01T12:00:00Z')
  })

  it('ExternalId: the vendor gets in with 4242-vendor-audit and not without it', async () => {
    const sts = stsTestClient()
    expect((await sts.call(VENDOR_BOT, 'AssumeRole', { RoleArn: VENDOR_AUDIT, RoleSessionName: 'audit', ExternalId: '4242-vendor-audit' })).status).toBe(200)
    const wrong = await sts.call(VENDOR_BOT, 'AssumeRole', { RoleArn: VENDOR_AUDIT, RoleSessionName: 'audit', ExternalId: 'guess' })
    expect([wrong.status, wrong.message]).toEqual([403, `User: arn:aws:iam::333333333333:user/vendor-bot is not authorized to perform: sts:AssumeRole on resource: ${VENDOR_AUDIT}`])
  })

  it('MFA: Admin needs aws:MultiFactorAuthPresent; the current TOTP code (and the one before) satisfies it', async () => {
    const sts = stsTestClient()
    const without = await sts.call(ALICE, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin' })
    expect(without.code).toBe('AccessDenied')
    const now = await sts.call(ALICE, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0) })
    expect(now.status).toBe(200)
    const before = await sts.call(ALICE, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0 - 30_000) })
    expect(before.status).toBe(200)
  })

  it('MFA: a code two steps old, or another device, is refused with AWS’s texts', async () => {
    const sts = stsTestClient()
    const old = await sts.call(ALICE, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: ALICE_MFA, TokenCode: currentMfaCode(ALICE_SEED, T0 - 60_000) })
    expect([old.status, old.code, old.message]).toEqual([403, 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '])
    const other = await sts.call(ALICE, 'AssumeRole', { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: 'arn:aws:iam::111111111111:mfa/bob', TokenCode: '123456' })
    expect(other.message).toBe('MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.')
  })
})

describe('AssumeRole: refused', () => {
  it('bob has no sts:AssumeRole in his policy: AccessDenied naming him and the role as given', async () => {
    const r = await stsTestClient().call(BOB, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'bob' })
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', `User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:AssumeRole on resource: ${DEV}`])
    expect(r.decidedBy).toBe('assume.authorize.sts:AssumeRole')
  })

  it('fact 32: root access keys cannot assume roles', async () => {
    const r = await stsTestClient().call(ROOT_WORKLOAD, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'root' })
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'Roles may not be assumed by root accounts.'])
  })

  it('fact 30: a role that does not exist is answered like one that does not trust the caller', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: `${DEV}-missing`, RoleSessionName: 's1' })
    expect([r.status, r.message]).toEqual([403, `User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on resource: ${DEV}-missing`])
  })

  it.each([
    ['fact 13: 20 × x', 'x'.repeat(20), 'xxxxxxxxxxxxxxxxxxxx is invalid'],
    ['fact 15: empty resource', 'arn:a:a::aaaaaaaaaa:', 'arn:a:a::aaaaaaaaaa: is invalid'],
    ['fact 15: only five parts', 'arn:a:::something/test-role', 'arn:a:::something/test-role is invalid'],
  ])('RoleArn shape: %s', async (_label, roleArn, message) => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: roleArn, RoleSessionName: 's1' })
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', message])
  })

  it('fact 28: 3601 s on a role whose maximum is 3600', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', DurationSeconds: 3601 })
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'])
  })

  it('fact 83: STS is not active in eu-south-1 for the workload account', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1' }, { host: 'sts.eu-south-1.amazonaws.com', region: 'eu-south-1' })
    expect([r.status, r.code, r.message]).toEqual([
      403,
      'RegionDisabledException',
      'STS is not activated in this region for account:111111111111. Your account administrator can activate STS in this region using the IAM Console.',
    ])
  })

  it('fact 86: a session policy that is not JSON', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', Policy: '{"Version":"2012-10-17","Statement":[' })
    expect([r.status, r.code, r.message]).toEqual([400, 'MalformedPolicyDocument', 'The policy is not in the valid JSON format.'])
  })

  it.each([
    [1000, 'Syntax errors in policy.'],
    [1001, 'The policy is not in the valid JSON format.'],
  ])('a session policy nested %d levels deep (within 2,048 characters): %s', async (depth, message) => {
    const policy = '['.repeat(depth) + ']'.repeat(depth)
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', Policy: policy })
    expect([r.status, r.code, r.message]).toEqual([400, 'MalformedPolicyDocument', message])
  })

  it('fact 87: an action-heavy session policy under 2,048 characters is PackedPolicyTooLarge', async () => {
    const actions = Array.from({ length: 40 }, (_, i) => `ec2:DescribeSomething${i}`)
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] })
    expect(policy.length).toBeLessThan(2048)
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', Policy: policy })
    expect([r.status, r.code]).toEqual([400, 'PackedPolicyTooLarge'])
    expect(r.message).toMatch(/^Packed policy consumes 1\d\d% of allotted space$/)
  })
})

describe('AssumeRole: the caller’s permissions boundary and a trust policy that names the caller', () => {
  // IAM User Guide, "Update a role trust policy": "If a permissions boundary is set for the user, then it must allow the sts:AssumeRole action."
  const ONLY_S3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }
  const ALLOWS_ASSUME = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 'sts:AssumeRole'], Resource: '*' }] }
  const worldOf = (boundary: unknown) =>
    worldChangedBy((w) => {
      const alice = w.users.find((u) => u.name === 'alice')
      if (alice) alice.permissionsBoundary = { name: 'AliceBoundary', document: boundary as never }
      const dev = w.roles.find((r) => r.name === 'Dev')
      if (dev) dev.trustPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/alice' }, Action: 'sts:AssumeRole' }] } as never
    })

  it.each([
    { name: 'a boundary allowing only s3:* denies, though the trust policy names alice', boundary: ONLY_S3, status: 403 },
    { name: 'a boundary that allows sts:AssumeRole lets the trust policy’s grant stand', boundary: ALLOWS_ASSUME, status: 200 },
  ])('$name', async ({ boundary, status }) => {
    const r = await stsTestClient(worldOf(boundary)).call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'bounded' })
    expect(r.status).toBe(status)
    if (status === 403) expect([r.code, r.message]).toEqual(['AccessDenied', `User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on resource: ${DEV}`])
  })
})
