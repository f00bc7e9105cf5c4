import { beforeAll, describe, expect, it } from 'vitest'
import { probe } from '../authorization/probe.ts'
import { loadAwsManagedPolicies } from '../policy/managed/aws-managed-policies.ts'
import { ALICE, type TestCredentials } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'

// Managed session policies (PolicyArns) and managed policies in the world. Sources: AWS STS API
// Reference, AssumeRole / GetFederationToken, PolicyArns ("The policies must exist in the same
// account as the role", "You can provide up to 10 managed policy ARNs", "An AWS conversion
// compresses the passed inline session policy, managed policy ARNs, and session tags into a
// packed binary format"); IAM User Guide, "Session policies" and "Permissions boundaries for IAM entities".

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const READ_REPORTS = 'arn:aws:iam::111111111111:policy/team/ReadReports'
const OTHER_ACCOUNT = 'arn:aws:iam::222222222222:policy/Elsewhere'
const allow = (action: string | string[], resource = '*') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] })

/** The demo world with two customer managed policies, one in another account. */
function managedWorld(change: (world: World) => void = () => {}): World {
  const world = structuredClone(demoWorld)
  world.managedPolicies = [
    { account: '111111111111', path: '/team/', name: 'ReadReports', defaultVersionId: 'v2', versions: [{ versionId: 'v1', document: allow('*') }, { versionId: 'v2', document: allow('s3:GetObject', 'arn:aws:s3:::reports/*') }] },
    { account: '222222222222', path: '/', name: 'Elsewhere', defaultVersionId: 'v1', versions: [{ versionId: 'v1', document: allow('*') }] },
  ]
  change(world)
  return world
}

// The built-in AWS managed policies are 3 MB of JSON, loaded on first use: load them once, with time to spare.
beforeAll(() => loadAwsManagedPolicies(), 60_000)

function may(engine: { world: World; sessionKey: Uint8Array }, creds: TestCredentials, action: string, resource = '*'): string {
  const probed = probe(engine, { accessKeyId: creds.accessKeyId, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}), action, resource }, T0)
  if (!probed.ok) throw new Error(probed.detail)
  return probed.decision.result
}

describe('PolicyArns: managed session policies limit the session', () => {
  it('AssumeRole with a customer managed policy of the role’s account: only its default version applies, and later requests keep it', async () => {
    const sts = stsTestClient(managedWorld())
    const r = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: [{ arn: READ_REPORTS }] })
    expect(r.status).toBe(200)
    const creds = credentialsOf(r)
    expect(may(sts.engine, creds, 's3:GetObject', 'arn:aws:s3:::reports/q1.csv')).toBe('Allow')
    // Dev's own policy allows these; the session policy (v2) does not, and v1 (allow *) is not the default.
    expect(may(sts.engine, creds, 's3:PutObject', 'arn:aws:s3:::reports/q1.csv')).not.toBe('Allow')
    expect(may(sts.engine, creds, 'ec2:DescribeInstances')).not.toBe('Allow')
  })

  it('an AWS managed policy (the real ReadOnlyAccess document) as a session policy of GetFederationToken', async () => {
    const sts = stsTestClient()
    const r = await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] })
    expect(r.status).toBe(200)
    const creds = credentialsOf(r)
    expect(may(sts.engine, creds, 's3:GetObject', 'arn:aws:s3:::reports/q1.csv')).toBe('Allow')
    expect(may(sts.engine, creds, 'ec2:DescribeInstances')).toBe('Allow')
    // alice may write to S3, ReadOnlyAccess may not: the intersection may not.
    expect(may(sts.engine, creds, 's3:PutObject', 'arn:aws:s3:::reports/q1.csv')).not.toBe('Allow')
    // ReadOnlyAccess allows it, alice's policies do not: session policies never grant more.
    expect(may(sts.engine, creds, 'iam:ListRoles')).not.toBe('Allow')
  })

  it('inline and managed session policies together: an action either allows is allowed (within the identity policies)', async () => {
    const sts = stsTestClient(managedWorld())
    const r = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: [{ arn: READ_REPORTS }], Policy: JSON.stringify(allow('lambda:InvokeFunction')) })
    const creds = credentialsOf(r)
    expect(may(sts.engine, creds, 's3:GetObject', 'arn:aws:s3:::reports/q1.csv')).toBe('Allow')
    expect(may(sts.engine, creds, 'lambda:InvokeFunction')).toBe('Allow')
    expect(may(sts.engine, creds, 'ec2:DescribeInstances')).not.toBe('Allow')
  })
})

describe('PolicyArns: what STS refuses', () => {
  it.each([
    ['a customer managed ARN the world does not have', 'arn:aws:iam::111111111111:policy/Missing'],
    ['an AWS managed ARN that is not one of AWS’s', 'arn:aws:iam::aws:policy/NoSuchAwsPolicy'],
    ['a customer managed policy of another account', OTHER_ACCOUNT],
  ])('%s → NoSuchEntity (IAM’s answer for a policy that does not exist or is not attachable; inferred for STS)', async (_, arn) => {
    const r = await stsTestClient(managedWorld()).call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: [{ arn }] })
    expect([r.status, r.code, r.message]).toEqual([404, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`])
  })

  it('more than 10 ARNs → ValidationError (up to 10, AWS STS API Reference, PolicyArns)', async () => {
    const arns = Array.from({ length: 11 }, () => ({ arn: READ_REPORTS }))
    const r = await stsTestClient(managedWorld()).call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: arns })
    expect([r.status, r.code]).toEqual([400, 'ValidationError'])
    expect(r.message).toMatch(/^1 validation error detected: Value '.*' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10$/)
    const ten = await stsTestClient(managedWorld()).call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: arns.slice(0, 10) })
    expect(ten.status).toBe(200)
  })

  it('GetFederationToken takes the IAM user’s account’s policies only', async () => {
    const r = await stsTestClient(managedWorld()).call(ALICE, 'GetFederationToken', { Name: 'jane', PolicyArns: [{ arn: OTHER_ACCOUNT }] })
    expect([r.status, r.code]).toEqual([404, 'NoSuchEntity'])
  })
})

describe('PolicyArns count towards the packed size, not the plaintext limit', () => {
  it('PackedPolicySize is sent for PolicyArns alone and grows with each ARN', async () => {
    const sts = stsTestClient(managedWorld())
    const one = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: [{ arn: READ_REPORTS }] })
    const three = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: [{ arn: READ_REPORTS }, { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }] })
    const packedOne = Number(one.text('PackedPolicySize'))
    expect(packedOne).toBeGreaterThan(0)
    expect(Number(three.text('PackedPolicySize'))).toBeGreaterThan(packedOne)
  })

  it('the documents do not count: ReadOnlyAccess (far more than 2,048 characters) is accepted', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] })
    expect(r.status).toBe(200)
    expect(Number(r.text('PackedPolicySize'))).toBeLessThan(20)
  })
})

describe('managed policies attached in the world', () => {
  it('a customer managed policy attached to a role grants like an inline one', async () => {
    const world = managedWorld((w) => {
      w.roles = w.roles.map((role) => (role.name === 'Dev' ? { ...role, policies: role.policies.filter((p) => p.document !== undefined).map((p) => ({ ...p, document: allow(['sts:AssumeRole', 'sts:TagSession']) })), managedPolicyArns: [READ_REPORTS] } : role))
    })
    const sts = stsTestClient(world)
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1' }))
    expect(may(sts.engine, creds, 's3:GetObject', 'arn:aws:s3:::reports/q1.csv')).toBe('Allow')
    expect(may(sts.engine, creds, 's3:GetObject', 'arn:aws:s3:::other/q1.csv')).not.toBe('Allow')
  })

  it('an AWS managed policy attached to a user, and a managed permissions boundary by ARN', () => {
    const world = managedWorld((w) => {
      w.users = w.users.map((user) => (user.name === 'alice' ? { ...user, policies: [], managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'], permissionsBoundaryArn: READ_REPORTS } : user))
    })
    const sts = stsTestClient(world)
    expect(may(sts.engine, ALICE, 's3:GetObject', 'arn:aws:s3:::reports/q1.csv')).toBe('Allow')
    // AdministratorAccess allows everything; the boundary only this.
    expect(may(sts.engine, ALICE, 'ec2:DescribeInstances')).not.toBe('Allow')
  })
})
