import { describe, expect, it } from 'vitest'
import { openSession } from '../sessions/session-token.ts'
import { VENDOR_BOT, PRODUCTION_ROOT, ALICE, type TestCredentials } from '../testing/sign-request.ts'
import { credentialsInBody, credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { parseWorld } from '../world/parse-world.ts'
import type { World } from '../world/world-schema.ts'
import { orgAdminUser } from '../testing/test-worlds.ts'

// AssumeRoot through the wire (STS API Reference, AssumeRoot; IAM User Guide, "Centralize root
// access for member accounts"). The demo world has no organization: these tests add one managed
// from production (222222222222), with workload (111111111111) and vendor (333333333333) as
// members, vendor being the delegated administrator for IAM; and an org-admin user and a RootOps
// role in the management account.
const REGIONAL = { host: 'sts.us-east-1.amazonaws.com', region: 'us-east-1' }
const ORG_ADMIN: TestCredentials = { accessKeyId: 'AKIATHPL2AOHORGADMN7', secretAccessKey: 'OrgAdm1nSecretKeyUsedOnlyInTests+0123456' }
const AUDIT = 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'
const S3_UNLOCK = 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy'
const allow = (Action: string | string[], Resource = '*') => ({ Effect: 'Allow', Action, Resource })

function rootWorld(organization: Record<string, unknown> = {}, orgAdminStatements: unknown[] = [allow(['sts:AssumeRoot', 'sts:AssumeRole', 'sts:SetSourceIdentity'])]): World {
  const world = structuredClone(demoWorld) as unknown as Record<string, unknown> & { accounts: Record<string, unknown>[]; users: Record<string, unknown>[]; roles: Record<string, unknown>[] }
  for (const account of world.accounts) account.outboundWebIdentityFederation = true
  for (const user of world.users) {
    if (user.name === 'vendor-bot' || user.name === 'alice') (user.policies as unknown[]).push({ name: 'RootSessions', document: { Version: '2012-10-17', Statement: [allow('sts:AssumeRoot')] } })
  }
  world.users.push(orgAdminUser(orgAdminStatements))
  world.roles.push({
    account: '222222222222',
    name: 'RootOps',
    path: '/',
    roleId: 'AROATHPL2AOHROOTOPS22',
    maxSessionDuration: 3600,
    tags: {},
    trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }] },
    policies: [{ name: 'RootTasks', document: { Version: '2012-10-17', Statement: [allow('sts:AssumeRoot', 'arn:aws:iam::*:root')] } }],
  })
  world.organization = {
    id: 'o-exampleorg1',
    managementAccount: '222222222222',
    accounts: ['111111111111', '222222222222', '333333333333'],
    scps: [],
    rcps: [],
    centralizedRootAccess: true,
    delegatedIamAdministrator: '333333333333',
    ...organization,
  }
  const parsed = parseWorld(world)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.world
}

const denied = (caller: string, target: string) => `User: ${caller} is not authorized to perform: sts:AssumeRoot on resource: arn:aws:iam::${target}:root`

describe('AssumeRoot: success', () => {
  it('the management account gets 900-second credentials of the member root; GetCallerIdentity shows the member account root', async () => {
    const sts = stsTestClient(rootWorld())
    const r = await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
    expect(r.status).toBe(200)
    expect(r.body).toContain('<AssumeRootResult>')
    expect(r.text('AccessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(r.text('Expiration')).toBe('2026-01-01T00:15:00Z') // DurationSeconds defaults to 900
    expect(r.issued).toEqual({ ...credentialsInBody(r), arn: 'arn:aws:iam::111111111111:root', account: '111111111111' })
    expect(r.body).not.toContain('SourceIdentity')
    const creds = credentialsOf(r)
    const me = await sts.call(creds, 'GetCallerIdentity', {}, REGIONAL)
    expect([me.text('Arn'), me.text('UserId'), me.text('Account')]).toEqual(['arn:aws:iam::111111111111:root', '111111111111', '111111111111'])
    const session = openSession(creds.sessionToken ?? '', sts.engine.sessionKey)
    expect(session).toMatchObject({ issuedBy: 'AssumeRoot', account: '111111111111', user: { root: true }, taskPolicyArn: AUDIT })
  })

  it('the target may be the root ARN; DurationSeconds 0 is valid (range 0..900)', async () => {
    const sts = stsTestClient(rootWorld())
    const r = await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: 'arn:aws:iam::333333333333:root', TaskPolicyArn: { arn: S3_UNLOCK }, DurationSeconds: 0 }, REGIONAL)
    expect(r.status).toBe(200)
    expect(r.text('Expiration')).toBe('2026-01-01T00:00:00Z')
  })

  it('the delegated administrator for IAM may call it too', async () => {
    const r = await stsTestClient(rootWorld()).call(VENDOR_BOT, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT }, DurationSeconds: 600 }, REGIONAL)
    expect(r.status).toBe(200)
    expect(r.text('Expiration')).toBe('2026-01-01T00:10:00Z')
  })

  it('a role session with a source identity passes it on: SourceIdentity follows Credentials', async () => {
    const sts = stsTestClient(rootWorld())
    const ops = credentialsOf(await sts.call(ORG_ADMIN, 'AssumeRole', { RoleArn: 'arn:aws:iam::222222222222:role/RootOps', RoleSessionName: 'jane', SourceIdentity: 'jane' }, REGIONAL))
    const r = await sts.call(ops, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
    expect(r.status).toBe(200)
    expect(r.body.indexOf('<Credentials>')).toBeLessThan(r.body.indexOf('<SourceIdentity>jane</SourceIdentity>'))
  })

  it('the local endpoint stands for a regional one', async () => {
    const r = await stsTestClient(rootWorld()).call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, { host: '127.0.0.1:4566', region: 'eu-west-1' })
    expect(r.status).toBe(200)
  })
})

describe('AssumeRoot: requests STS refuses before authorization', () => {
  it('the global endpoint answers 400 InvalidAction "Unknown Operation" (boto/boto3#4461)', async () => {
    const r = await stsTestClient(rootWorld()).call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } })
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidAction', 'Unknown Operation'])
    expect(r.decidedBy).toBe('endpoint.regional')
  })

  it('fact 56: DurationSeconds 901 is a model ValidationError', async () => {
    const r = await stsTestClient(rootWorld()).call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT }, DurationSeconds: 901 }, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', "1 validation error detected: Value '901' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 900"])
  })

  it('a missing TaskPolicyArn, or one without arn, is null to the model', async () => {
    const sts = stsTestClient(rootWorld())
    const r = await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111' }, REGIONAL)
    expect(r.message).toBe("1 validation error detected: Value null at 'taskPolicyArn' failed to satisfy constraint: Member must not be null")
  })

  it('a user ARN is not a valid target principal (ValidationError, captured against AWS)', async () => {
    const r = await stsTestClient(rootWorld()).call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: 'arn:aws:iam::111111111111:user/alice', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', 'Request must contain a valid target principal'])
  })

  it('a managed policy that is not a root-task policy is refused (ValidationError, captured against AWS)', async () => {
    const sts = stsTestClient(rootWorld())
    for (const arn of ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/root-task/RootEverything', 'arn:aws:iam::111111111111:policy/root-task/S3UnlockBucketPolicy']) {
      const r = await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn } }, REGIONAL)
      expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', 'Request must contain valid AWS managed task policy ARN'])
    }
  })
})

describe('AssumeRoot: who may get a root session', () => {
  it('the same AccessDenied, without a reason, whether a policy or the organization refuses', async () => {
    const cases: { world: World; caller: TestCredentials; callerArn: string; target: string; check: string }[] = [
      { world: rootWorld({ centralizedRootAccess: false }), caller: ORG_ADMIN, callerArn: 'arn:aws:iam::222222222222:user/org-admin', target: '111111111111', check: 'assume-root.organization' },
      { world: rootWorld(), caller: ORG_ADMIN, callerArn: 'arn:aws:iam::222222222222:user/org-admin', target: '222222222222', check: 'assume-root.organization' },
      { world: rootWorld(), caller: ORG_ADMIN, callerArn: 'arn:aws:iam::222222222222:user/org-admin', target: '444444444444', check: 'assume-root.organization' },
      { world: rootWorld(), caller: ALICE, callerArn: 'arn:aws:iam::111111111111:user/alice', target: '333333333333', check: 'assume-root.organization' },
      { world: rootWorld({ delegatedIamAdministrator: undefined }), caller: VENDOR_BOT, callerArn: 'arn:aws:iam::333333333333:user/vendor-bot', target: '111111111111', check: 'assume-root.organization' },
      { world: rootWorld({}, [allow('sts:AssumeRole')]), caller: ORG_ADMIN, callerArn: 'arn:aws:iam::222222222222:user/org-admin', target: '111111111111', check: 'assume-root.authorize' },
      {
        world: rootWorld({}, [allow('sts:AssumeRoot'), { Effect: 'Deny', Action: 'sts:AssumeRoot', Resource: 'arn:aws:iam::111111111111:root' }]),
        caller: ORG_ADMIN,
        callerArn: 'arn:aws:iam::222222222222:user/org-admin',
        target: '111111111111',
        check: 'assume-root.authorize',
      },
      { world: rootWorld(), caller: PRODUCTION_ROOT, callerArn: 'arn:aws:iam::222222222222:root', target: '111111111111', check: 'assume-root.caller' },
    ]
    for (const c of cases) {
      const r = await stsTestClient(c.world).call(c.caller, 'AssumeRoot', { TargetPrincipal: c.target, TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
      expect([r.status, r.code, r.message], c.check).toEqual([403, 'AccessDenied', denied(c.callerArn, c.target)])
      expect(r.decidedBy).toBe(c.check)
    }
  })

  it('the Why check says what the organization lacks', async () => {
    const r = await stsTestClient(rootWorld({ centralizedRootAccess: false })).call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
    expect(r.checks.find((c) => c.outcome === 'fail')?.detail).toContain('Centralized root access (root sessions) is not enabled in organization o-exampleorg1.')
  })

  it('sts:TaskPolicyArn is a condition key of the request', async () => {
    const world = rootWorld({}, [{ Effect: 'Allow', Action: 'sts:AssumeRoot', Resource: '*', Condition: { StringEquals: { 'sts:TaskPolicyArn': AUDIT } } }])
    const sts = stsTestClient(world)
    expect((await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)).status).toBe(200)
    const other = await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: S3_UNLOCK } }, REGIONAL)
    expect(other.code).toBe('AccessDenied')
  })

  it('an SCP on the delegated administrator’s account limits it', async () => {
    const world = rootWorld({
      scps: [{ name: 'NoRootSessions', document: { Version: '2012-10-17', Statement: [allow('*'), { Effect: 'Deny', Action: 'sts:AssumeRoot', Resource: '*' }] }, targets: ['333333333333'] }],
    })
    const r = await stsTestClient(world).call(VENDOR_BOT, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
    expect(r.message).toBe(denied('arn:aws:iam::333333333333:user/vendor-bot', '111111111111'))
    expect(r.checks.find((c) => c.outcome === 'fail')?.detail).toContain('with an explicit deny in a service control policy')
  })

  it('RegionDisabledException when the member account has not activated STS in the region', async () => {
    const r = await stsTestClient(rootWorld()).call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, { host: 'sts.eu-south-1.amazonaws.com', region: 'eu-south-1' })
    expect([r.status, r.code, r.message]).toEqual([
      403,
      'RegionDisabledException',
      'STS is not activated in this region for account:111111111111. Your account administrator can activate STS in this region using the IAM Console.',
    ])
  })

  it('a root session cannot start another root session, and roles may not be assumed by it', async () => {
    const sts = stsTestClient(rootWorld())
    const root = credentialsOf(await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: AUDIT } }, REGIONAL))
    const again = await sts.call(root, 'AssumeRoot', { TargetPrincipal: '333333333333', TaskPolicyArn: { arn: AUDIT } }, REGIONAL)
    expect([again.status, again.message]).toEqual([403, denied('arn:aws:iam::111111111111:root', '333333333333')])
    const role = await sts.call(root, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'xx' }, REGIONAL)
    expect(role.message).toBe('Roles may not be assumed by root accounts.')
  })

  it('the task policy limits the root session: its Deny applies to every STS action', async () => {
    const sts = stsTestClient(rootWorld())
    const root = credentialsOf(await sts.call(ORG_ADMIN, 'AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: { arn: S3_UNLOCK } }, REGIONAL))
    const r = await sts.call(root, 'GetWebIdentityToken', { Audience: ['https://api.example.com'], SigningAlgorithm: 'ES384' }, REGIONAL)
    expect([r.status, r.message]).toEqual([
      403,
      'User: arn:aws:iam::111111111111:root is not authorized to perform: sts:GetWebIdentityToken on resource: arn:aws:sts::111111111111:self with an explicit deny in a session policy',
    ])
  })
})
