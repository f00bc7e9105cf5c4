import { describe, expect, it } from 'vitest'
import { ALICE, BOB, PRODUCTION_ROOT, ROOT_WORKLOAD, VENDOR_BOT } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { probe, type ProbeResult } from './probe.ts'

// The demo world's bucket `reports` (111111111111) and its bucket policy (demo-world.json,
// resources.s3Buckets[0]); IAM User Guide, "Policy evaluation logic" and "Cross-account policy
// evaluation logic"; "Session policies" for a grant to a role session's ARN versus the role's ARN.

const decisionOf = (r: ProbeResult) => (r.ok ? [r.decision.result, r.decision.layer] : [r.reason])

async function session(roleArn: string, name: string, parameters: Record<string, string> = {}) {
  const sts = stsTestClient()
  const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: roleArn, RoleSessionName: name, ...parameters }))
  return { sts, creds, at: (action: string, resource: string) => probe(sts.engine, { ...creds, action, resource }, T0) }
}

const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'
const DEPLOY = 'arn:aws:iam::222222222222:role/CrossAccountDeploy'

describe('resource-based policies in probe (IAM User Guide, "Policy evaluation logic")', () => {
  it('same account: the identity policy alone allows (bob reads reports/q1.csv); the bucket is the resource, in its own account', () => {
    const { engine } = stsTestClient()
    const r = probe(engine, { ...BOB, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
    expect(decisionOf(r)).toEqual(['Allow', undefined])
    expect(r.ok && [r.resourceAccount, r.resourceKind, r.keys['s3:ExistingObjectTag/classification']]).toEqual(['111111111111', 's3-object', 'internal'])
    expect(r.ok && r.decision.layers.map((l) => [l.layer, l.verdict])).toContainEqual(['resource', 'none'])
  })

  it('an explicit deny in the bucket policy wins over an identity policy that allows (alice has s3:*, ReportsAreKept denies s3:DeleteObject)', () => {
    const { engine } = stsTestClient()
    const kept = probe(engine, { ...ALICE, action: 's3:DeleteObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
    const elsewhere = probe(engine, { ...ALICE, action: 's3:DeleteObject', resource: 'arn:aws:s3:::other-bucket/q1.csv' }, T0)
    expect(kept.ok && [kept.decision.result, kept.decision.layer, kept.decision.reason]).toEqual(['ExplicitDeny', 'resource', 'with an explicit deny in a resource-based policy'])
    expect(decisionOf(elsewhere)).toEqual(['Allow', undefined])
  })

  it("a Deny on the object's tags (s3:ExistingObjectTag/classification) refuses bob the restricted object only", () => {
    const { engine } = stsTestClient()
    const restricted = probe(engine, { ...BOB, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/restricted/salaries.csv' }, T0)
    expect(decisionOf(restricted)).toEqual(['ExplicitDeny', 'resource'])
  })

  describe('IAM User Guide, "Session policies": naming the role session ARN versus the role ARN', () => {
    it('a statement naming the session arn:aws:sts::111111111111:assumed-role/ReadOnly/analyst allows s3:PutObject although neither the role policy nor its boundary does', async () => {
      const { at } = await session(READ_ONLY, 'analyst')
      const r = at('s3:PutObject', 'arn:aws:s3:::reports/uploads/notes.csv')
      expect(decisionOf(r)).toEqual(['Allow', undefined])
      expect(r.ok && r.decision.resourceGrant).toBe('role-session')
    })

    it('the same grant to the session is not limited by a session policy either', async () => {
      const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
      const { at } = await session(READ_ONLY, 'analyst', { Policy: policy })
      expect(decisionOf(at('s3:PutObject', 'arn:aws:s3:::reports/uploads/notes.csv'))).toEqual(['Allow', undefined])
    })

    it("a statement naming the role's ARN is limited by the permissions boundary: another session of ReadOnly may not write uploads", async () => {
      const { at } = await session(READ_ONLY, 'someone-else')
      const r = at('s3:PutObject', 'arn:aws:s3:::reports/uploads/notes.csv')
      expect(r.ok && [r.decision.result, r.decision.layer, r.decision.reason]).toEqual(['ImplicitDeny', 'boundary', 'because no permissions boundary allows the s3:PutObject action'])
    })
  })

  describe('IAM User Guide, "Cross-account policy evaluation logic": both sides must allow', () => {
    it('CrossAccountDeploy (222222222222, s3:*) reads reports/shared/*, which the bucket policy grants its role, and nothing else of the bucket', async () => {
      const { at } = await session(DEPLOY, 'deploy')
      const shared = at('s3:GetObject', 'arn:aws:s3:::reports/shared/summary.csv')
      const q1 = at('s3:GetObject', 'arn:aws:s3:::reports/q1.csv')
      expect(decisionOf(shared)).toEqual(['Allow', undefined])
      expect(shared.ok && shared.resourceAccount).toBe('111111111111')
      expect(q1.ok && [q1.decision.result, q1.decision.layer, q1.decision.reason]).toEqual(['ImplicitDeny', 'resource', 'because no resource-based policy allows the s3:GetObject action'])
    })

    it("vendor-bot's account (333333333333) is named by the bucket policy, but its identity policy allows no s3:GetObject", () => {
      const { engine } = stsTestClient()
      const r = probe(engine, { ...VENDOR_BOT, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/shared/summary.csv' }, T0)
      expect(decisionOf(r)).toEqual(['ImplicitDeny', 'identity'])
    })

    it('with an identity policy that allows it, vendor-bot reads the shared object (the account grant delegates to its IAM policies)', () => {
      const world = worldChangedBy((w) => {
        const bot = w.users.find((u) => u.name === 'vendor-bot')
        bot?.policies.push({ name: 'ReadShared', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] } })
      })
      const { engine } = stsTestClient(world)
      expect(decisionOf(probe(engine, { ...VENDOR_BOT, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/shared/summary.csv' }, T0))).toEqual(['Allow', undefined])
      expect(decisionOf(probe(engine, { ...VENDOR_BOT, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0))).toEqual(['ImplicitDeny', 'resource'])
    })
  })

  describe('KMS key policies and SQS queue policies', () => {
    const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab'
    const KEY_ARN = `arn:aws:kms:us-east-1:111111111111:key/${KEY}`
    const keyWorld = (principal: string) =>
      worldChangedBy((w) => {
        w.resources = {
          ...w.resources,
          kmsKeys: [{ id: KEY, account: '111111111111', region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:*', Resource: '*' }] } }],
          sqsQueues: [{ name: 'vendor-jobs', account: '333333333333', region: 'us-east-1' }],
        }
      })

    it('AWS KMS Developer Guide, "Key policies in AWS KMS": a key policy naming the account lets IAM policies decide; one that does not name the account refuses even its root user', () => {
      const delegated = stsTestClient(keyWorld('arn:aws:iam::111111111111:root')).engine
      expect(decisionOf(probe(delegated, { ...ROOT_WORKLOAD, action: 'kms:Decrypt', resource: KEY_ARN }, T0))).toEqual(['Allow', undefined])
      expect(decisionOf(probe(delegated, { ...BOB, action: 'kms:Decrypt', resource: KEY_ARN }, T0))).toEqual(['ImplicitDeny', 'identity'])

      const onlyBob = stsTestClient(keyWorld('arn:aws:iam::111111111111:user/division/bob')).engine
      expect(decisionOf(probe(onlyBob, { ...ROOT_WORKLOAD, action: 'kms:Decrypt', resource: KEY_ARN }, T0))).toEqual(['ImplicitDeny', 'resource'])
      expect(decisionOf(probe(onlyBob, { ...BOB, action: 'kms:Decrypt', resource: KEY_ARN }, T0))).toEqual(['Allow', undefined])
    })

    it('a queue of another account without a queue policy: the Batch role (sqs:*) is refused by the resource side', async () => {
      const sts = stsTestClient(keyWorld('arn:aws:iam::111111111111:root'))
      const batch = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Batch', RoleSessionName: 'batch' }))
      const r = probe(sts.engine, { ...batch, action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:333333333333:vendor-jobs' }, T0)
      expect(r.ok && [r.decision.result, r.decision.layer, r.resourceAccount, r.resourceKind]).toEqual(['ImplicitDeny', 'resource', '333333333333', 'sqs-queue'])
    })
  })

  describe('the demo organization: SCPs (AWS Organizations User Guide, "Service control policies")', () => {
    it('ProtectAuditTrail denies cloudtrail:StopLogging in a member account, even to its root user, and leaves other actions alone', () => {
      const { engine } = stsTestClient()
      expect(decisionOf(probe(engine, { ...ROOT_WORKLOAD, action: 'cloudtrail:StopLogging', resource: '*' }, T0))).toEqual(['ExplicitDeny', 'scp'])
      expect(decisionOf(probe(engine, { ...ROOT_WORKLOAD, action: 'cloudtrail:LookupEvents', resource: '*' }, T0))).toEqual(['Allow', undefined])
      expect(decisionOf(probe(engine, { ...ALICE, action: 'cloudtrail:StopLogging', resource: '*' }, T0))).toEqual(['ExplicitDeny', 'scp'])
    })

    it('SCPs do not apply to the management account (222222222222): its root user may stop logging', () => {
      const { engine } = stsTestClient()
      expect(decisionOf(probe(engine, { ...PRODUCTION_ROOT, action: 'cloudtrail:StopLogging', resource: '*' }, T0))).toEqual(['Allow', undefined])
    })
  })
})
