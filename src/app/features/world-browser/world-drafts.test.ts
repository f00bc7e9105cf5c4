import { describe, expect, it } from 'vitest'
import { demoWorld, roleArn } from '../../../engine/index.ts'
import { checkWorld } from '../../state/world-check.ts'
import { accountDraft, accountFromDraft, newAccount } from './account-draft.ts'
import { readTags } from './draft-text.ts'
import { editedWorld } from './entity-edit.ts'
import { managedPolicyDraft, managedPolicyFromDraft, newManagedPolicy, withNewVersion } from './managed-policy-draft.ts'
import { unusedName } from './new-ids.ts'
import { appendEntity, replaceEntity } from './replace-entity.ts'
import { newRole, roleDraft, roleFromDraft } from './role-draft.ts'
import { newUser, userDraft, userFromDraft } from './user-draft.ts'
import { entityEntries, filterEntries } from './world-sections.ts'

const dev = demoWorld.roles.find((role) => role.name === 'Dev')!
const devIndex = demoWorld.roles.indexOf(dev)

describe('the World view\'s drafts', () => {
  it('round-trip every role, user and account of the demo world unchanged', () => {
    demoWorld.roles.forEach((role, index) => expect(roleFromDraft(role, roleDraft(role), index)).toEqual({ role, problems: [] }))
    demoWorld.users.forEach((user, index) => expect(userFromDraft(user, userDraft(user), index)).toEqual({ user, problems: [] }))
    demoWorld.accounts.forEach((account) => expect(accountFromDraft(account, accountDraft(account))).toEqual(account))
  })

  it('turn text that does not read back into problems at the world\'s paths', () => {
    const draft = { ...roleDraft(dev), maxSessionDuration: '2h', trustPolicy: '{"Version": ', tags: 'team' }
    const { problems } = roleFromDraft(dev, draft, devIndex)
    expect(problems.map((p) => p.path)).toEqual([`roles[${devIndex}].maxSessionDuration`, `roles[${devIndex}].tags`, `roles[${devIndex}].trustPolicy`])
  })

  it('leave a role the engine refuses out of the world: 50,000 s is past IAM\'s 12-hour maximum', () => {
    const { role } = roleFromDraft(dev, { ...roleDraft(dev), maxSessionDuration: '50000' }, devIndex)
    const check = checkWorld(replaceEntity(demoWorld, 'roles', devIndex, role))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.map((p) => p.path)).toEqual([`roles[${devIndex}].maxSessionDuration`])
  })

  it('read tags as Key=Value lines and refuse a key given twice', () => {
    const problems: { path: string; message: string }[] = []
    expect(readTags('team=blue\n\ncost-center = 42 ', 'tags', problems)).toEqual({ team: 'blue', 'cost-center': '42' })
    readTags('team=a\nteam=b', 'tags', problems)
    expect(problems).toHaveLength(1)
  })

  it('make new entities the world accepts, with names not yet taken in the account', () => {
    let world = demoWorld
    for (const make of [() => appendEntity(world, 'roles', newRole(world, '111111111111')), () => appendEntity(world, 'roles', newRole(world, '111111111111')), () => appendEntity(world, 'users', newUser(world, '111111111111')), () => appendEntity(world, 'managedPolicies', newManagedPolicy(world, '111111111111')), () => appendEntity(world, 'accounts', newAccount(world))]) {
      const check = checkWorld(make())
      expect(check.ok ? [] : check.problems).toEqual([])
      if (check.ok) world = check.world
    }
    expect(world.roles.slice(-2).map((role) => role.name)).toEqual(['NewRole', 'NewRole2'])
    expect(unusedName('a', new Set(['a', 'a2']))).toBe('a3')
  })

  it('add a policy version as the new default, numbered past the highest, at most five', () => {
    const policy = newManagedPolicy(demoWorld, '111111111111')
    let draft = managedPolicyDraft(policy)
    for (let n = 0; n < 4; n++) draft = withNewVersion(draft)
    expect(draft.versions.map((v) => v.versionId)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5'])
    expect(draft.defaultVersionId).toBe('v5')
    const six = managedPolicyFromDraft(policy, withNewVersion(draft), 0).policy
    const check = checkWorld({ ...demoWorld, managedPolicies: [six] })
    expect(check.ok).toBe(false)
  })

  it('rename through the engine, so a trust policy naming the role follows it', () => {
    const trusting = { ...newRole(demoWorld, '111111111111'), name: 'Trusting', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: roleArn(demoWorld, '111111111111', '/', 'Dev') }, Action: 'sts:AssumeRole' }] } }
    const world = appendEntity(demoWorld, 'roles', trusting)
    const edited = { ...dev, name: 'Developer' }
    const next = editedWorld(world, { kind: 'role', key: roleArn(world, '111111111111', '/', 'Dev') }, 'Dev', 'Developer', (w) => replaceEntity(w, 'roles', devIndex, edited))
    expect(next.ok).toBe(true)
    if (!next.ok) return
    expect(next.world.roles[devIndex]?.name).toBe('Developer')
    expect(JSON.stringify(next.world.roles.at(-1)?.trustPolicy)).toContain('role/Developer')
    expect(next.notes.length).toBeGreaterThan(0)
  })

  it('list and search entities by any words of their name or ARN', () => {
    const roles = entityEntries(demoWorld, 'roles')
    expect(roles).toHaveLength(demoWorld.roles.length)
    expect(filterEntries(roles, 'ANALYTICS read').map((e) => e.key)).toEqual(['arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'])
    expect(filterEntries(roles, '  ')).toBe(roles)
    expect(filterEntries(roles, 'no-such-role')).toEqual([])
  })
})
