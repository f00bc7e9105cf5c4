import { beforeAll, describe, expect, it } from 'vitest'
import { loadIamCatalogue, type IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { ALICE } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { gridTrace } from './grid-trace.ts'
import { intersectionGrid } from './intersection-grid.ts'
import type { GridCell, GridLayer, GridRequest, GridRow, GridSubject } from './intersection-types.ts'

// The demo world's reports bucket policy (src/engine/world/demo-world.json) grants s3:PutObject on
// reports/uploads/* to the ReadOnly session named "analyst" (its session ARN) and to the ReadOnly role
// (its role ARN), s3:GetObject on reports/shared/* to CrossAccountDeploy (account 222222222222), and
// denies s3:DeleteObject, and s3:GetObject of objects tagged classification=restricted.
// IAM User Guide, "Policy evaluation logic", "Cross-account policy evaluation logic", "Session policies".
const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'
const CROSS = 'arn:aws:iam::222222222222:role/CrossAccountDeploy'
const SESSION_KEY = new Uint8Array(32).fill(7)

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

async function issued(operation: string, parameters: Record<string, string>, world: World = demoWorld): Promise<GridSubject> {
  const creds = credentialsOf(await stsTestClient(world, SESSION_KEY).call(ALICE, operation, parameters))
  return { kind: 'credentials', accessKeyId: creds.accessKeyId, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}) }
}

function row(request: GridRequest, world: World = demoWorld): GridRow {
  const result = intersectionGrid({ world, sessionKey: SESSION_KEY }, request, T0, catalogue)
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`)
  const [first] = result.rows
  if (!first) throw new Error('no row')
  return first
}

const cell = (r: GridRow, layer: GridLayer): GridCell => r.cells.find((c) => c.layer === layer) ?? { layer, verdict: 'not-applicable' }
const one = (action: string) => ({ kind: 'list' as const, actions: [action] })

describe('intersectionGrid: a resource policy naming the role session or the role', () => {
  it('the session ARN: allowed though identity and boundary do not allow; the notes say the boundary does not limit it', async () => {
    const subject = await issued('AssumeRole', { RoleArn: READ_ONLY, RoleSessionName: 'analyst' })
    const r = row({ subject, actions: one('s3:PutObject'), resource: 'arn:aws:s3:::reports/uploads/a.csv' })
    expect([cell(r, 'resource').verdict, cell(r, 'identity').verdict, cell(r, 'boundary').verdict, cell(r, 'final').verdict]).toEqual(['allow', 'implicit-deny', 'implicit-deny', 'allow'])
    expect(cell(r, 'resource').statement?.sid).toBe('AnalystSessionUploads')
    expect(cell(r, 'resource').note).toContain('role session’s ARN')
    expect(cell(r, 'boundary').note).toContain('Does not limit')
    expect([cell(r, 'resource').grant, cell(r, 'boundary').bypassed]).toEqual(['role-session', true])
  })

  it('the role ARN: the boundary still limits the grant', async () => {
    const subject = await issued('AssumeRole', { RoleArn: READ_ONLY, RoleSessionName: 'someone' })
    const r = row({ subject, actions: one('s3:PutObject'), resource: 'arn:aws:s3:::reports/uploads/a.csv' })
    expect([cell(r, 'resource').verdict, cell(r, 'boundary').verdict, cell(r, 'final').verdict]).toEqual(['allow', 'implicit-deny', 'implicit-deny'])
    expect(cell(r, 'resource').statement?.sid).toBe('ReadOnlyRoleUploads')
    expect(cell(r, 'resource').note).toContain('role’s ARN')
    expect(cell(r, 'boundary').note).toContain('Limits this request')
    expect([cell(r, 'resource').grant, cell(r, 'boundary').bypassed]).toEqual(['role', undefined])
  })

  it('the role ARN with a session policy: the session policy limits it too', () => {
    const sessionPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
    const r = row({ subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy }, actions: one('s3:PutObject'), resource: 'arn:aws:s3:::reports/uploads/a.csv', whatIf: { off: ['boundary'] } })
    expect([cell(r, 'resource').verdict, cell(r, 'session').verdict, cell(r, 'final').verdict]).toEqual(['allow', 'implicit-deny', 'implicit-deny'])
    expect(cell(r, 'session').note).toContain('Limits this request')
  })
})

describe('intersectionGrid: across accounts (a bucket of 111111111111, a session of 222222222222)', () => {
  it.each([
    { name: 'the bucket policy and the identity policy both allow', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/shared/summary.csv', expected: ['allow', 'allow', 'allow'] },
    { name: 'the identity policy allows (s3:*), the bucket policy does not', action: 's3:PutObject', resource: 'arn:aws:s3:::reports/shared/summary.csv', expected: ['implicit-deny', 'allow', 'implicit-deny'] },
    { name: 'the bucket policy allows, the identity policy does not', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/shared/summary.csv', off: true, expected: ['allow', 'implicit-deny', 'implicit-deny'] },
  ])('$name', async ({ action, resource, off, expected }) => {
    const subject = await issued('AssumeRole', { RoleArn: CROSS, RoleSessionName: 'deploy' })
    const request: GridRequest = { subject, actions: one(action), resource, ...(off ? { whatIf: { off: ['identity' as const] } } : {}) }
    const result = intersectionGrid({ world: demoWorld, sessionKey: SESSION_KEY }, request, T0, catalogue)
    if (!result.ok) throw new Error(result.detail)
    expect([result.crossAccount, result.resourceAccount]).toEqual([true, '111111111111'])
    const r = result.rows[0] as GridRow
    expect([cell(r, 'resource').verdict, cell(r, 'identity').verdict, cell(r, 'final').verdict]).toEqual(expected)
  })
})

describe('intersectionGrid: explicit denies and condition keys the request lacks', () => {
  const ALICE_ARN = 'arn:aws:iam::111111111111:user/alice'

  it.each([
    { name: 'the bucket policy’s Deny of s3:DeleteObject', action: 's3:DeleteObject', resource: 'arn:aws:s3:::reports/q1.csv', layer: 'resource' as const, sid: 'ReportsAreKept' },
    { name: 'an SCP’s Deny of cloudtrail:StopLogging', action: 'cloudtrail:StopLogging', resource: undefined, layer: 'scp' as const, sid: 'NoStoppingCloudTrail' },
    { name: 'the Deny of restricted objects, on a restricted object', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/restricted/salaries.csv', layer: 'resource' as const, sid: 'RestrictedStaysInside' },
  ])('$name fills the explicit-deny column', ({ action, resource, layer, sid }) => {
    const r = row({ subject: { kind: 'draft', principalArn: ALICE_ARN }, actions: one(action), ...(resource ? { resource } : {}) })
    expect([cell(r, 'explicit-deny').verdict, cell(r, layer).verdict, cell(r, 'final').verdict]).toEqual(['explicit-deny', 'explicit-deny', 'explicit-deny'])
    expect(cell(r, 'explicit-deny').statement?.sid).toBe(sid)
  })

  it('an object without tags: the Deny on s3:ExistingObjectTag/classification waits on a key the request lacks', () => {
    const world = worldChangedBy((w) => {
      w.resources?.s3Buckets?.[0]?.objects?.push({ key: 'untagged.csv', tags: {} } as never)
    })
    const r = row({ subject: { kind: 'draft', principalArn: ALICE_ARN }, actions: one('s3:GetObject'), resource: 'arn:aws:s3:::reports/untagged.csv' }, world)
    expect([cell(r, 'resource').verdict, cell(r, 'resource').missingKeys, cell(r, 'final').verdict]).toEqual(['missing-key', ['s3:ExistingObjectTag/classification'], 'allow'])
    expect(cell(r, 'explicit-deny').verdict).toBe('not-applicable')
  })

  it('an Allow on aws:SourceVpc: the identity cell is missing-key and the final decision an implicit deny', () => {
    const world = worldChangedBy((w) => {
      const bob = w.users.find((u) => u.name === 'bob')
      if (bob) bob.policies = [{ name: 'FromTheVpc', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }] } as never }]
    })
    const r = row({ subject: { kind: 'draft', principalArn: 'arn:aws:iam::111111111111:user/division/bob' }, actions: one('s3:GetObject') }, world)
    expect([cell(r, 'identity').verdict, cell(r, 'identity').missingKeys, cell(r, 'identity').statement?.policy, cell(r, 'final').verdict]).toEqual([
      'missing-key',
      ['aws:SourceVpc'],
      'FromTheVpc',
      'implicit-deny',
    ])
  })
})

describe('intersectionGrid: the kind of credentials', () => {
  it('GetFederationToken without a session policy: the session layer allows nothing, and says why', async () => {
    const subject = await issued('GetFederationToken', { Name: 'nopolicy' })
    const r = row({ subject, actions: one('s3:GetObject') })
    expect([cell(r, 'identity').verdict, cell(r, 'session').verdict, cell(r, 'final').verdict]).toEqual(['allow', 'implicit-deny', 'implicit-deny'])
    expect(cell(r, 'session').note).toContain('GetFederationToken')
  })

  it.each([
    { name: 'GetFederationToken credentials calling IAM', operation: 'GetFederationToken', parameters: { Name: 'fed', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }, rule: 'federated-user-no-iam' },
    { name: 'GetSessionToken credentials without MFA calling IAM', operation: 'GetSessionToken', parameters: {}, rule: 'iam-needs-mfa' },
  ])('$name: the restriction, and an explicit deny', async ({ operation, parameters, rule }) => {
    const subject = await issued(operation, parameters)
    const r = row({ subject, actions: one('iam:ListUsers') })
    expect([r.restriction?.rule, cell(r, 'final').verdict]).toEqual([rule, 'explicit-deny'])
    expect(row({ subject, actions: one('s3:ListAllMyBuckets') }).restriction).toBeUndefined()
  })
})

describe(gridTrace, () => {
  it('the engine’s full decision and every layer’s trace for one action', () => {
    const sessionPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetBucketPolicy', 's3:PutObject'], Resource: '*' }] })
    const result = gridTrace({ world: demoWorld, sessionKey: SESSION_KEY }, { subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy }, actions: one('s3:GetBucketPolicy') }, T0, catalogue)
    if (!result.ok) throw new Error(result.detail)
    expect([result.action, result.decision.result, result.decision.layer]).toEqual(['s3:GetBucketPolicy', 'ImplicitDeny', 'boundary'])
    expect(result.decision.layers.map((l) => l.layer)).toEqual(['scp', 'identity', 'boundary', 'session'])
  })

  it('refuses a selection of more than one action', () => {
    const result = gridTrace({ world: demoWorld, sessionKey: SESSION_KEY }, { subject: { kind: 'draft', principalArn: READ_ONLY }, actions: { kind: 'pattern', pattern: 's3:Get*' } }, T0, catalogue)
    expect(result.ok ? 'ok' : result.reason).toBe('bad-selection')
  })
})

describe('intersectionGrid agrees with the policy engine’s authorize()', () => {
  it.each([
    { name: 'a ReadOnly session on an object of the reports bucket', principalArn: READ_ONLY, resource: 'arn:aws:s3:::reports/uploads/a.csv' },
    { name: 'alice on a restricted object', principalArn: 'arn:aws:iam::111111111111:user/alice', resource: 'arn:aws:s3:::reports/restricted/salaries.csv' },
    { name: 'a CrossAccountDeploy session on a shared object', principalArn: CROSS, resource: 'arn:aws:s3:::reports/shared/summary.csv' },
  ])('every s3 action: $name', ({ principalArn, resource }) => {
    const engine = { world: demoWorld, sessionKey: SESSION_KEY }
    const result = intersectionGrid(engine, { subject: { kind: 'draft', principalArn }, actions: { kind: 'service', service: 's3' }, resource }, T0, catalogue)
    if (!result.ok) throw new Error(result.detail)
    const words = { allow: 'Allow', 'explicit-deny': 'ExplicitDeny', 'implicit-deny': 'ImplicitDeny' } as Record<string, string>
    const disagreements = result.rows.flatMap((r) => {
      const trace = gridTrace(engine, { subject: { kind: 'draft', principalArn }, actions: one(r.action), resource }, T0, catalogue)
      const final = words[cell(r, 'final').verdict]
      return trace.ok && trace.decision.result === final ? [] : [`${r.action}: grid ${final}, engine ${trace.ok ? trace.decision.result : trace.reason}`]
    })
    expect(disagreements).toEqual([])
  })
})

describe('intersectionGrid: a role trust policy as the resource policy of sts:AssumeRole', () => {
  // IAM User Guide, "Update a role trust policy": "If a permissions boundary is set for the user, then
  // it must allow the sts:AssumeRole action", even when the trust policy names the user.
  const TRUSTS_ALICE = 'arn:aws:iam::111111111111:role/TrustsAlice'
  const world = (boundaryActions: string[]): World =>
    worldChangedBy((w) => {
      const alice = w.users.find((u) => u.name === 'alice')!
      alice.permissionsBoundary = { name: 'S3Only', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: boundaryActions, Resource: '*' }] } }
      w.roles.push({
        account: '111111111111',
        name: 'TrustsAlice',
        path: '/',
        roleId: 'AROAZZZZZZZZZZZZZZZZZ',
        maxSessionDuration: 3600,
        tags: {},
        trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/alice' }, Action: 'sts:AssumeRole' }] },
        policies: [],
      })
    })
  const alice: GridSubject = { kind: 'draft', principalArn: 'arn:aws:iam::111111111111:user/alice' }

  it('a trust policy naming alice allows, and her boundary of s3:* stops it', () => {
    const r = row({ subject: alice, actions: one('sts:AssumeRole'), resource: TRUSTS_ALICE }, world(['s3:*']))
    expect([cell(r, 'resource').verdict, cell(r, 'boundary').verdict, cell(r, 'final').verdict]).toEqual(['allow', 'implicit-deny', 'implicit-deny'])
    expect(cell(r, 'boundary').bypassed).toBeUndefined()
  })

  it('a boundary that also allows sts:AssumeRole lets the trust policy decide', () => {
    const r = row({ subject: alice, actions: one('sts:AssumeRole'), resource: TRUSTS_ALICE }, world(['s3:*', 'sts:AssumeRole']))
    expect([cell(r, 'resource').verdict, cell(r, 'boundary').verdict, cell(r, 'final').verdict]).toEqual(['allow', 'allow', 'allow'])
  })
})
