import { describe, expect, it } from 'vitest'
import { demoWorld } from '../demo-world.ts'
import type { World } from '../world-schema.ts'
import { DEV, editTestWorld, QUEUE, READ_REPORTS } from './edit-test-world.ts'
import { renameEntity } from './rename-entity.ts'
import type { EntityRef } from './world-edit.ts'

const world = editTestWorld()
const before = JSON.stringify(world)
const roleNamed = (w: World, name: string) => w.roles.find((r) => r.name === name)

describe('renameEntity', () => {
  const accepted: { name: string; ref: EntityRef; to: string; check: (w: World) => void; notes: string[] }[] = [
    {
      name: 'a role named in another role’s trust policy, by ARN and by session ARN',
      ref: { kind: 'role', key: DEV },
      to: 'Developer',
      check: (w) => expect(JSON.stringify(roleNamed(w, 'Auditor')?.trustPolicy)).toContain('"arn:aws:iam::111111111111:role/Developer","arn:aws:sts::111111111111:assumed-role/Developer/nightly"'),
      notes: ['trust policy of role Auditor', 'queue policy of jobs'],
    },
    {
      name: 'a bucket whose policy names arn:aws:s3:::reports/*',
      ref: { kind: 'bucket', key: 'reports' },
      to: 'annual-reports',
      check: (w) => {
        const text = JSON.stringify(w.resources?.s3Buckets?.[0])
        expect(text).toContain('"arn:aws:s3:::annual-reports/*"')
        expect(text).toContain('"arn:aws:s3:::annual-reports/uploads/*"')
        expect(text).not.toContain(':::reports')
        expect(JSON.stringify(w.users.find((u) => u.name === 'bob')?.policies)).toContain('arn:aws:s3:::annual-reports/*')
        expect(JSON.stringify(w.managedPolicies)).toContain('arn:aws:s3:::annual-reports/*')
      },
      notes: ['inline policy BobReports of user bob', 'managed policy ReadReports (v1)', 'bucket policy of annual-reports'],
    },
    {
      name: 'a role named by its sessions in a bucket policy (path kept in the role ARN)',
      ref: { kind: 'role', key: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly' },
      to: 'Reader',
      check: (w) => {
        const text = JSON.stringify(w.resources?.s3Buckets?.[0]?.policy)
        expect(text).toContain('arn:aws:sts::111111111111:assumed-role/Reader/analyst')
        expect(text).toContain('arn:aws:iam::111111111111:role/teams/analytics/Reader')
      },
      notes: ['bucket policy of reports'],
    },
    {
      name: 'a managed policy: attachments and boundaries follow',
      ref: { kind: 'managedPolicy', key: READ_REPORTS },
      to: 'ReportReaders',
      check: (w) => {
        expect(roleNamed(w, 'Auditor')?.managedPolicyArns).toEqual(['arn:aws:iam::111111111111:policy/reporting/ReportReaders'])
        expect(roleNamed(w, 'Batch')?.permissionsBoundaryArn).toBe('arn:aws:iam::111111111111:policy/reporting/ReportReaders')
      },
      notes: ['permissions boundary of role Batch', 'attachment to role Auditor'],
    },
    { name: 'a user (nothing names alice by ARN)', ref: { kind: 'user', key: 'arn:aws:iam::111111111111:user/alice' }, to: 'alicia', check: (w) => expect(w.users[0]?.name).toBe('alicia'), notes: [] },
    {
      name: 'a queue named in its own policy, and a role named there too',
      ref: { kind: 'queue', key: QUEUE },
      to: 'jobs-v2',
      check: (w) => expect(JSON.stringify(w.resources?.sqsQueues?.[0]?.policy)).toContain('"Resource":"arn:aws:sqs:us-east-1:111111111111:jobs-v2"'),
      notes: ['queue policy of jobs-v2'],
    },
    { name: 'an SCP', ref: { kind: 'scp', key: 'ProtectAuditTrail' }, to: 'KeepCloudTrail', check: (w) => expect(w.organization?.scps[1]?.name).toBe('KeepCloudTrail'), notes: [] },
  ]
  it.each(accepted)('renames $name', ({ ref, to, check, notes }) => {
    const result = renameEntity(world, ref, to)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    check(result.world)
    expect(result.notes).toEqual(notes)
    expect(JSON.stringify(world)).toBe(before)
  })

  const refusedCases: { name: string; ref: EntityRef; to: string; path: string; message: RegExp }[] = [
    { name: 'a role name taken in the account, whatever the case', ref: { kind: 'role', key: DEV }, to: 'batch', path: 'roles[0].name', message: /^EntityAlreadyExists: Role with name batch already exists\.$/ },
    { name: 'a user name taken', ref: { kind: 'user', key: 'arn:aws:iam::111111111111:user/alice' }, to: 'bob', path: 'users[0].name', message: /User with name bob already exists/ },
    { name: 'a policy name taken', ref: { kind: 'managedPolicy', key: READ_REPORTS }, to: 'unused', path: 'managedPolicies[0].name', message: /A policy called unused already exists/ },
    { name: 'a name IAM does not allow (parseWorld’s problem)', ref: { kind: 'role', key: DEV }, to: 'has space', path: 'roles[0].name', message: /must be 1-64 characters/ },
    { name: 'a bucket name S3 does not allow', ref: { kind: 'bucket', key: 'reports' }, to: 'Reports', path: 'resources.s3Buckets[0].name', message: /lower-case/ },
    { name: 'an entity the world does not have', ref: { kind: 'role', key: 'arn:aws:iam::111111111111:role/Nobody' }, to: 'X', path: '(the world)', message: /no role/ },
    { name: 'an account', ref: { kind: 'account', key: '111111111111' }, to: 'x', path: 'accounts[0]', message: /cannot be renamed/ },
    { name: 'an SCP name taken', ref: { kind: 'scp', key: 'ProtectAuditTrail' }, to: 'FullAWSAccess', path: 'organization.scps[1].name', message: /^DuplicatePolicyException/ },
    { name: 'a bucket name taken', ref: { kind: 'bucket', key: 'reports' }, to: 'archive', path: 'resources.s3Buckets[0].name', message: /^BucketAlreadyExists/ },
  ]
  it.each(refusedCases)('refuses $name, changing nothing', ({ ref, to, path, message }) => {
    const result = renameEntity(world, ref, to)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.path)).toContain(path)
    expect(result.problems.find((p) => p.path === path)?.message).toMatch(message)
    expect(JSON.stringify(world)).toBe(before)
  })

  it('renaming the demo world leaves the demo world as it was', () => {
    const text = JSON.stringify(demoWorld)
    expect(renameEntity(demoWorld, { kind: 'role', key: DEV }, 'Developer').ok).toBe(true)
    expect(JSON.stringify(demoWorld)).toBe(text)
  })
})
