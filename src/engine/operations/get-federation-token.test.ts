import { describe, expect, it } from 'vitest'
import { callerContext } from '../authorization/caller-context.ts'
import { probe } from '../authorization/probe.ts'
import { sessionPrincipal } from '../sessions/resolve-credentials.ts'
import { openSession } from '../sessions/session-token.ts'
import { ALICE, BOB, ROOT_WORKLOAD, type TestCredentials } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'

// GetFederationToken against the demo world, through the wire (the model's GetFederationToken
// documentation; IAM User Guide: Compare AWS STS credentials, Permissions for GetFederationToken).
// alice's AliceAccess allows sts:GetFederationToken and sts:TagSession; bob has neither.
const JANE = 'arn:aws:sts::111111111111:federated-user/jane'
const ENV = { nowMs: T0, region: 'us-east-1', secureTransport: true }
const allow = (action: string | string[], resource = '*') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] })

function withBobPolicy(document: unknown): World {
  const world = structuredClone(demoWorld)
  world.users = world.users.map((u) => (u.name === 'bob' ? { ...u, policies: [...u.policies, { name: 'Extra', document }] } : u))
  return world
}

/** What the policy engine decides for a data-plane request made with these credentials (authorization/probe.ts). */
function sessionMay(engine: { world: World; sessionKey: Uint8Array }, creds: TestCredentials, action: string, resource: string) {
  const probed = probe(engine, { accessKeyId: creds.accessKeyId, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}), action, resource }, T0)
  if (!probed.ok) throw new Error(probed.detail)
  return probed.decision
}

describe('GetFederationToken: the result', () => {
  it('fact 55: Name + DurationSeconds=900 → Credentials, FederatedUser, PackedPolicySize 0', async () => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', DurationSeconds: 900 })
    expect(r.status).toBe(200)
    expect(r.body).toContain(
      ['    <FederatedUser>', '      <FederatedUserId>111111111111:jane</FederatedUserId>', `      <Arn>${JANE}</Arn>`, '    </FederatedUser>', '    <PackedPolicySize>0</PackedPolicySize>', ''].join('\n'),
    )
    const result = /<GetFederationTokenResult>([\s\S]*)<\/GetFederationTokenResult>/.exec(r.body)?.[1] ?? ''
    expect([...result.matchAll(/^ {4}<(\w+)>/gm)].map((m) => m[1])).toEqual(['Credentials', 'FederatedUser', 'PackedPolicySize'])
    expect(r.text('AccessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(r.text('Expiration')).toBe('2026-01-01T00:15:00Z')
  })

  it('fact 55: the credentials call GetCallerIdentity as the federated user', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', DurationSeconds: 900 }))
    const me = await sts.call(creds, 'GetCallerIdentity')
    expect([me.status, me.text('Arn'), me.text('UserId'), me.text('Account')]).toEqual([200, JANE, '111111111111:jane', '111111111111'])
  })

  it.each([
    ['AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 's1' }, `User: ${JANE} is not authorized to perform: sts:AssumeRole`],
    ['GetSessionToken', {}, 'Cannot call GetSessionToken with session credentials'],
    ['GetFederationToken', { Name: 'again' }, 'Cannot call GetFederationToken with session credentials'],
  ])('facts 55, 59 (IAM User Guide: Compare AWS STS credentials; hashicorp/vault#4108): the credentials cannot call %s', async (operation, parameters, message) => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', DurationSeconds: 900 }))
    const r = await sts.call(creds, operation, parameters)
    expect([r.status, r.code]).toEqual([403, 'AccessDenied'])
    expect(r.message?.startsWith(message)).toBe(true)
  })

  it('fact 50: TransitiveTagKeys is not a parameter of GetFederationToken and is ignored', async () => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', TransitiveTagKeys: ['team'] })
    expect(r.status).toBe(200)
  })
})

describe('GetFederationToken: durations', () => {
  it('fact 52: an IAM user gets 43200 s by default and up to 129600 s', async () => {
    const sts = stsTestClient()
    expect((await sts.call(ALICE, 'GetFederationToken', { Name: 'jane' })).text('Expiration')).toBe('2026-01-01T12:00:00Z')
    expect((await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', DurationSeconds: 129600 })).text('Expiration')).toBe('2026-01-02T12:00:00Z')
    const over = await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', DurationSeconds: 129601 })
    expect(over.message).toBe("1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600")
  })

  it.each([
    ['fact 53: 7200 s is shortened to one hour, not refused', 7200, '2026-01-01T01:00:00Z'],
    ['no DurationSeconds: one hour', undefined, '2026-01-01T01:00:00Z'],
  ])('the root user, who needs no policy: %s', async (_label, DurationSeconds, expiration) => {
    const r = await stsTestClient().call(ROOT_WORKLOAD, 'GetFederationToken', { Name: 'jane', DurationSeconds })
    expect([r.status, r.text('Expiration'), r.text('Arn')]).toEqual([200, expiration, JANE])
  })
})

describe('GetFederationToken: validation and authorization', () => {
  it.each([
    ['fact 54: 33 characters', 'a'.repeat(33), `Value '${'a'.repeat(33)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32`],
    ['1 character', 'a', "Value 'a' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    ['a slash', 'bad/name', "Value 'bad/name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"],
  ])('Name: %s', async (_label, Name, violation) => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name })
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', `1 validation error detected: ${violation}`])
  })

  it('bob has no sts:GetFederationToken: AccessDenied on the federated-user ARN (ryanto/next-s3-upload#182)', async () => {
    const r = await stsTestClient().call(BOB, 'GetFederationToken', { Name: 'jane' })
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', `User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:GetFederationToken on resource: ${JANE}`])
    expect(r.decidedBy).toBe('federation.authorize.sts:GetFederationToken')
  })

  it('the resource is the federated-user ARN: a policy can limit the names', async () => {
    const sts = stsTestClient(withBobPolicy(allow('sts:GetFederationToken', 'arn:aws:sts::111111111111:federated-user/app-*')))
    expect((await sts.call(BOB, 'GetFederationToken', { Name: 'app-1' })).status).toBe(200)
    expect((await sts.call(BOB, 'GetFederationToken', { Name: 'jane' })).code).toBe('AccessDenied')
  })

  it('tags need sts:TagSession too (IAM User Guide, "Passing session tags in AWS STS")', async () => {
    const sts = stsTestClient(withBobPolicy(allow('sts:GetFederationToken')))
    const r = await sts.call(BOB, 'GetFederationToken', { Name: 'jane', Tags: [{ Key: 'project', Value: 'x' }] })
    expect([r.status, r.message]).toEqual([403, `User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:TagSession on resource: ${JANE}`])
    const tagged = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', Tags: [{ Key: 'project', Value: 'x' }] })
    expect(tagged.status).toBe(200)
    expect(Number(tagged.text('PackedPolicySize'))).toBeGreaterThan(0)
  })

  it('fact 44 rule: tag keys that differ only by case are InvalidParameterValue', async () => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', Tags: [{ Key: 'Project', Value: 'a' }, { Key: 'project', Value: 'b' }] })
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidParameterValue', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.'])
  })

  it('fact 86: a session policy that is not JSON is MalformedPolicyDocument', async () => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', Policy: '{"Version":"2012-10-17","Statement":[' })
    expect([r.status, r.code, r.message]).toEqual([400, 'MalformedPolicyDocument', 'The policy is not in the valid JSON format.'])
  })

  it('fact 87: an action-heavy session policy is PackedPolicyTooLarge', async () => {
    const actions = Array.from({ length: 40 }, (_, i) => `ec2:DescribeSomething${i}`)
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', Policy: JSON.stringify(allow(actions)) })
    expect([r.status, r.code]).toEqual([400, 'PackedPolicyTooLarge'])
    expect(r.message).toMatch(/^Packed policy consumes 1\d\d% of allotted space$/)
  })

  it('PolicyArns (managed session policies) are simulated: an AWS managed policy is a session policy (operations/managed-session-policies.test.ts has the rest)', async () => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane', PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] })
    expect([r.status, Number(r.text('PackedPolicySize'))]).toEqual([200, expect.any(Number)])
  }, 60_000) // the first use loads the built-in AWS managed policies (3 MB of JSON)

  it('an SCP of the caller’s account can deny sts:GetFederationToken', async () => {
    const world = structuredClone(demoWorld)
    const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sts:GetFederationToken', Resource: '*' }] }
    world.organization = { id: 'o-exampleorg1', managementAccount: '222222222222', accounts: ['111111111111', '222222222222'], scps: [{ name: 'NoFederation', document: deny, targets: ['111111111111'] }], rcps: [] }
    const r = await stsTestClient(world).call(ALICE, 'GetFederationToken', { Name: 'jane' })
    expect([r.status, r.code]).toEqual([403, 'AccessDenied'])
    expect(r.checks.find((c) => c.id === 'federation.authorize.sts:GetFederationToken')?.detail).toContain('service control policy')
  })

  it('STS not active in the region for the caller’s account: RegionDisabledException', async () => {
    const r = await stsTestClient().call(ALICE, 'GetFederationToken', { Name: 'jane' }, { host: 'sts.eu-south-1.amazonaws.com', region: 'eu-south-1' })
    expect([r.status, r.code]).toEqual([403, 'RegionDisabledException'])
  })
})

describe('the federated session’s permissions (IAM User Guide, "Permissions for GetFederationToken")', () => {
  it('without a session policy: nothing, even what alice may do', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetFederationToken', { Name: 'jane' }))
    expect(sessionMay(sts.engine, creds, 's3:ListBucket', 'arn:aws:s3:::reports')).toMatchObject({ result: 'ImplicitDeny', layer: 'session' })
  })

  it('with one: the intersection of alice’s policies and the session policy', async () => {
    const sts = stsTestClient()
    const Policy = JSON.stringify(allow(['s3:GetObject', 'dynamodb:DeleteTable', 'iam:CreateUser']))
    const creds = credentialsOf(await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', Policy }))
    const may = (action: string) => sessionMay(sts.engine, creds, action, '*')
    expect(may('s3:GetObject')?.result).toBe('Allow')
    expect(may('s3:PutObject')).toMatchObject({ result: 'ImplicitDeny', layer: 'session' })
    expect(may('dynamodb:DeleteTable')).toMatchObject({ result: 'ImplicitDeny', layer: 'identity' })
    // IAM is not decided by policies at all: GetFederationToken credentials cannot call IAM through
    // the API (AWS STS API Reference, GetFederationToken; jantman/awslimitchecker#139).
    expect(may('iam:CreateUser')).toMatchObject({ result: 'ExplicitDeny', deniedBy: 'credentials' })
  })

  it('principal tags: alice’s tags, overridden case-insensitively by the session tags', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', Tags: [{ Key: 'Team', Value: 'web' }, { Key: 'project', Value: 'x' }] }))
    const session = openSession(creds.sessionToken ?? '', sts.engine.sessionKey)
    if (!session) throw new Error('no session')
    expect(callerContext(demoWorld, sessionPrincipal(session), session, ENV).principalTags).toEqual({ Team: 'web', project: 'x' })
  })
})
