import { describe, expect, it } from 'vitest'
import demoWorldJson from './demo-world.json'
import { parseWorld, parseWorldText } from './parse-world.ts'

// Names, tags and display text in a world file: nothing is dropped on import, and what IAM would
// refuse (a second role or user of the same name, tag keys differing only in case) is refused with
// its path (IAM User Guide: "IAM and AWS STS quotas, name requirements, and character limits";
// "Tagging IAM resources").

type Json = Record<string, any>
const clone = (): Json => structuredClone(demoWorldJson) as Json

function problemsOf(parsed: ReturnType<typeof parseWorld>) {
  return parsed.ok ? [] : parsed.problems
}

describe('tags on users and roles', () => {
  it('keeps every tag key, __proto__, constructor and prototype included (valibot’s record dropped them)', () => {
    const world = clone()
    // Written as text: an object literal cannot hold an own __proto__ key.
    const text = JSON.stringify(world).replace('"tags":{"team":"platform"}', '"tags":{"team":"platform","__proto__":"a","constructor":"b","prototype":"c"}')
    const parsed = parseWorldText(text)
    expect(problemsOf(parsed)).toEqual([])
    if (!parsed.ok) return
    const tags = parsed.world.users[0]?.tags ?? {}
    expect(Object.entries(tags)).toEqual([
      ['team', 'platform'],
      ['__proto__', 'a'],
      ['constructor', 'b'],
      ['prototype', 'c'],
    ])
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype)
  })

  it('refuses a tag key written twice in the file, whose first value JSON.parse would drop', () => {
    const text = JSON.stringify(clone()).replace('"tags":{"team":"platform"}', '"tags":{"team":"platform","team":"security"}')
    expect(problemsOf(parseWorldText(text))).toEqual([{ path: 'users[0].tags.team', message: 'the key "team" appears more than once in this object; JSON would keep only the last' }])
  })

  it('refuses tag keys that differ only in case (IAM: not case sensitive for users and roles)', () => {
    const world = clone()
    world.roles[2].tags = { Department: 'finance', department: 'hr' }
    expect(problemsOf(parseWorld(world))).toEqual([{ path: 'roles[2].tags.department', message: 'differs from the tag key Department only in case; IAM tag keys of users and roles are not case sensitive' }])
  })

  it.each([
    ['a key with a character outside IAM’s pattern', { 'team!': 'x' }, 'users[1].tags.team!'],
    ['an empty key', { '': 'x' }, 'users[1].tags.'],
    ['a 129-character key', { ['k'.repeat(129)]: 'x' }, `users[1].tags.${'k'.repeat(129)}`],
    ['a 257-character value', { team: 'v'.repeat(257) }, 'users[1].tags.team'],
    ['a value that is not a string', { team: 7 }, 'users[1].tags.team'],
    ['a bidirectional override in a value', { team: 'abc\u202Edef' }, 'users[1].tags.team'],
    ['51 tags', Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])), 'users[1].tags'],
  ])('refuses %s, at its path', (_label, tags, path) => {
    const world = clone()
    world.users[1].tags = tags
    const problems = problemsOf(parseWorld(world))
    expect(problems.map((p) => p.path)).toEqual([path])
  })

  it('accepts IAM’s whole tag alphabet: letters and digits of any script, spaces, _ . : / = + - @, an empty value', () => {
    const world = clone()
    world.users[1].tags = { 'Kostenstelle Ü/1': 'Zürich 2', 'a:b=c+d-e@f_g.h': '', 日本: '東京' }
    expect(problemsOf(parseWorld(world))).toEqual([])
  })
})

describe('user and role names', () => {
  it.each([
    ['the same name', 'Dev'],
    ['a name differing only in case', 'dev'],
  ])('refuses a second role of %s in one account', (_label, name) => {
    const world = clone()
    world.roles[1].name = name
    const problems = problemsOf(parseWorld(world))
    expect(problems.map((p) => p.path)).toEqual(['roles[1].name'])
    expect(problems[0]?.message).toMatch(/^account 111111111111 already has a role named Dev \(roles\[0\]\)/)
  })

  it('refuses a second user of the same name in one account, whatever the case', () => {
    const world = clone()
    world.users[1].name = 'ALICE'
    expect(problemsOf(parseWorld(world))).toEqual([{ path: 'users[1].name', message: 'account 111111111111 already has a user named alice (users[0]); IAM names do not differ by case alone' }])
  })

  it('accepts one name in two accounts, and a role and a user of one name', () => {
    const world = clone()
    world.roles[7].name = 'Dev' // CrossAccountDeploy, in 222222222222
    world.users[0].name = 'Dev'
    expect(problemsOf(parseWorld(world))).toEqual([])
  })
})

describe('bidirectional control characters', () => {
  const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']

  it.each(controls.map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s is refused in the world’s name, description and aliases', (_label, control) => {
    const world = clone()
    world.name = `Demo ${control}dlrow`
    world.description = `x${control}`
    world.accounts[0].alias = `dev${control}`
    const problems = problemsOf(parseWorld(world))
    expect(problems.map((p) => p.path)).toEqual(['name', 'description', 'accounts[0].alias'])
    expect(problems[0]?.message).toMatch(/^must not contain bidirectional control characters/)
  })

  it('is refused in user, role and policy names by IAM’s own name pattern', () => {
    const world = clone()
    world.roles[0].name = 'Dev\u202Evbd'
    world.users[0].name = '\u2066alice'
    world.users[0].policies[0].name = 'p\u200F'
    expect(problemsOf(parseWorld(world)).map((p) => p.path)).toEqual(['users[0].name', 'users[0].policies[0].name', 'roles[0].name'])
  })

  it('leaves other Unicode in display text alone', () => {
    const world = clone()
    world.name = 'Démo — ワールド 🌍 עולם'
    expect(problemsOf(parseWorld(world))).toEqual([])
  })
})
