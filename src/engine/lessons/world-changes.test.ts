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
})
