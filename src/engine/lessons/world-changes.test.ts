import { describe, expect, it } from 'vitest'
import { demoWorld } from '../world/demo-world.ts'
import { lessonWorld } from './world-changes.ts'

describe('lessonWorld', () => {
  it('without changes is a copy of the demo world', () => {
    const made = lessonWorld()
    expect(made.ok && made.world).toEqual(demoWorld)
    expect(made.ok && made.world).not.toBe(demoWorld)
  })

  it('merge: replaces top-level fields of the matching item, leaving the demo world untouched', () => {
    const made = lessonWorld([{ merge: 'roles', match: { name: 'Dev' }, value: { maxSessionDuration: 7200 } }])
    expect(made.ok && made.world.roles.find((role) => role.name === 'Dev')?.maxSessionDuration).toBe(7200)
    expect(made.ok && made.world.roles.find((role) => role.name === 'Dev')?.trustPolicy).toEqual(demoWorld.roles.find((role) => role.name === 'Dev')?.trustPolicy)
    expect(demoWorld.roles.find((role) => role.name === 'Dev')?.maxSessionDuration).toBe(3600)
  })

  it('merge: appends a new item when none matches', () => {
    const dev = structuredClone(demoWorld.roles.find((role) => role.name === 'Dev'))
    const made = lessonWorld([{ merge: 'roles', match: { name: 'Deploy' }, value: { ...dev, name: 'Deploy', roleId: 'AROARTXV5AHDSDEPLOY22' } }])
    if (!made.ok) throw new Error(made.problems.join('\n'))
    expect(made.world.roles.map((role) => role.name)).toContain('Deploy')
    expect(made.world.roles).toHaveLength(demoWorld.roles.length + 1)
  })

  it('remove and set, in order', () => {
    const made = lessonWorld([
      { remove: 'users', match: { name: 'bob' } },
      { set: 'description', value: 'a lesson' },
    ])
    if (!made.ok) throw new Error(made.problems.join('\n'))
    expect(made.world.users.map((user) => user.name)).toEqual(['alice', 'vendor-bot'])
    expect(made.world.description).toBe('a lesson')
  })

  it('says what is wrong instead of throwing: a change that cannot apply, an invalid world', () => {
    expect(lessonWorld([{ remove: 'users', match: { name: 'nobody' } }])).toEqual({ ok: false, problems: ['world change 1 (remove users {"name":"nobody"}): no item matches'] })
    const invalid = lessonWorld([{ merge: 'roles', match: { name: 'Dev' }, value: { maxSessionDuration: 'long' } }])
    expect(invalid.ok).toBe(false)
    expect(!invalid.ok && invalid.problems.join('\n')).toMatch(/^roles\[0\]\.maxSessionDuration: /)
    expect(lessonWorld([{ merge: 'nothing', match: { name: 'x' }, value: {} } as never]).ok).toBe(false)
    expect(lessonWorld([null as never]).ok).toBe(false)
  })

  it('writes $now(±seconds) as the instant relative to the clock it is given, and refuses it without one', () => {
    const deny = (when: string) => [
      { merge: 'roles' as const, match: { name: 'Dev' }, value: { policies: [{ name: 'AWSRevokeOlderSessions', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateLessThan: { 'aws:TokenIssueTime': when } } }] } }] } },
    ]
    const made = lessonWorld(deny('$now(+300)'), { nowMs: Date.parse('2029-03-14T15:09:26.500Z') })
    expect(made.ok && JSON.stringify(made.world.roles.find((role) => role.name === 'Dev'))).toContain('"aws:TokenIssueTime":"2029-03-14T15:14:26Z"')
    const earlier = lessonWorld(deny('$now(-60)'), { nowMs: Date.parse('2029-03-14T15:09:26Z') })
    expect(earlier.ok && JSON.stringify(earlier.world.roles)).toContain('"2029-03-14T15:08:26Z"')
    expect(lessonWorld(deny('$now(+300)'))).toEqual({ ok: false, problems: ['world change 1 (merge roles {"name":"Dev"}): $now(+300) needs the engine clock'] })
  })

  it('applies changes over a given world instead of the demo world (a worked answer over the learner\'s edits)', () => {
    const first = lessonWorld([{ merge: 'roles', match: { name: 'Dev' }, value: { maxSessionDuration: 7200 } }])
    expect(first.ok).toBe(true)
    if (!first.ok) return
    const second = lessonWorld([{ merge: 'roles', match: { name: 'Batch' }, value: { maxSessionDuration: 3600 } }], { base: first.world })
    expect(second.ok && second.world.roles.filter((role) => role.name === 'Dev' || role.name === 'Batch').map((role) => role.maxSessionDuration)).toEqual([7200, 3600])
    expect(first.world.roles.find((role) => role.name === 'Batch')?.maxSessionDuration).toBe(43200)
  })
})
