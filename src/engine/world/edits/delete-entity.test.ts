import { describe, expect, it } from 'vitest'
import { deleteEntity } from './delete-entity.ts'
import { DEV, editTestWorld, KEY, READ_REPORTS } from './edit-test-world.ts'
import type { EntityRef } from './world-edit.ts'

const world = editTestWorld()
const before = JSON.stringify(world)

describe('deleteEntity', () => {
  it('refuses to delete an attached managed policy: one DeleteConflict per attachment, at its path', () => {
    const result = deleteEntity(world, { kind: 'managedPolicy', key: READ_REPORTS })
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'roles[1].permissionsBoundaryArn', message: 'DeleteConflict: Cannot delete a policy attached to entities: attached to role Batch as its permissions boundary' },
        { path: 'roles[11].managedPolicyArns[0]', message: 'DeleteConflict: Cannot delete a policy attached to entities: attached to role Auditor' },
      ],
    })
    expect(JSON.stringify(world)).toBe(before)
  })

  const refusedCases: { name: string; ref: EntityRef; paths: string[]; message: RegExp }[] = [
    { name: 'an account that still holds things', ref: { kind: 'account', key: '333333333333' }, paths: ['users[2]'], message: /account 333333333333 still has user vendor-bot: delete it first/ },
    { name: 'an SCP still attached', ref: { kind: 'scp', key: 'FullAWSAccess' }, paths: ['organization.scps[0].targets[0]'], message: /^PolicyInUseException: .*the organization root/ },
    { name: 'something the world does not have', ref: { kind: 'bucket', key: 'nothing-here' }, paths: ['(the world)'], message: /no bucket nothing-here/ },
  ]
  it.each(refusedCases)('refuses $name, changing nothing', ({ ref, paths, message }) => {
    const result = deleteEntity(world, ref)
    if (result.ok) throw new Error('expected a refusal')
    expect(result.problems.map((p) => p.path)).toEqual(paths)
    expect(result.problems[0]?.message).toMatch(message)
    expect(JSON.stringify(world)).toBe(before)
  })

  const accepted: { name: string; ref: EntityRef; gone: (w: typeof world) => boolean; notes: RegExp[] }[] = [
    { name: 'a role whose sessions a bucket policy names', ref: { kind: 'role', key: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly' }, gone: (w) => !w.roles.some((r) => r.name === 'ReadOnly'), notes: [/^bucket policy of reports still names role ReadOnly/] },
    { name: 'a KMS key', ref: { kind: 'kmsKey', key: KEY }, gone: (w) => w.resources?.kmsKeys?.length === 0, notes: [] },
    { name: 'a role still named in a trust policy and a queue policy', ref: { kind: 'role', key: DEV }, gone: (w) => !w.roles.some((r) => r.name === 'Dev'), notes: [/^trust policy of role Auditor still names role Dev/, /^queue policy of jobs still names role Dev/] },
    { name: 'a user', ref: { kind: 'user', key: 'arn:aws:iam::111111111111:user/division/bob' }, gone: (w) => w.users.length === 2, notes: [] },
    { name: 'a managed policy attached nowhere', ref: { kind: 'managedPolicy', key: 'arn:aws:iam::111111111111:policy/Unused' }, gone: (w) => w.managedPolicies?.length === 1, notes: [] },
    { name: 'a bucket named in policies, with its objects', ref: { kind: 'bucket', key: 'reports' }, gone: (w) => !w.resources?.s3Buckets?.some((b) => b.name === 'reports'), notes: [/^inline policy BobReports of user bob still names bucket reports/, /^managed policy ReadReports \(v1\) still names/, /^its 3 object\(s\) went with bucket reports/] },
  ]
  it.each(accepted)('deletes $name, noting where it is still named', ({ ref, gone, notes }) => {
    const result = deleteEntity(world, ref)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(gone(result.world)).toBe(true)
    expect(result.notes).toHaveLength(notes.length)
    notes.forEach((note, i) => expect(result.notes[i]).toMatch(note))
    expect(JSON.stringify(world)).toBe(before)
  })

  it('deletes an empty member account and takes it out of the organization', () => {
    const vendor = deleteEntity(world, { kind: 'user', key: 'arn:aws:iam::333333333333:user/vendor-bot' })
    if (!vendor.ok) throw new Error(JSON.stringify(vendor.problems))
    const result = deleteEntity(vendor.world, { kind: 'account', key: '333333333333' })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.world.accounts.map((a) => a.id)).toEqual(['111111111111', '222222222222'])
    expect(result.world.organization?.accounts).toEqual(['111111111111', '222222222222'])
  })
})
