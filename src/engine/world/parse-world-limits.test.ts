import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import demoWorldJson from './demo-world.json'
import { parseWorld, parseWorldText, type ParsedWorld } from './parse-world.ts'
import { WORLD_LIMITS } from './world-limits.ts'

/** Any UTF-16 text, lone surrogates included (fast-check's 'binary' unit is slow to generate at this length). */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 })

// How large a world file may be (world-limits.ts), and that parsing one never throws, whatever it holds.

type Json = Record<string, any>
const clone = (): Json => structuredClone(demoWorldJson) as Json
const demoText = JSON.stringify(demoWorldJson)
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

function problemsOf(parsed: ParsedWorld) {
  return parsed.ok ? [] : parsed.problems
}

/** Either a world or at least one problem, each a path and a message: never an exception, never an empty refusal. */
function wellFormed(parsed: ParsedWorld): boolean {
  return parsed.ok ? typeof parsed.world === 'object' : parsed.problems.length > 0 && parsed.problems.every((p) => typeof p.path === 'string' && p.path !== '' && typeof p.message === 'string' && p.message !== '')
}

describe('deeply nested policies in a world', () => {
  const deepTrustPolicy = (depth: number) => demoText.replace('"trustPolicy":', `"trustPolicy":{"Version":"2012-10-17","Statement":${nested(depth)}},"x":`)

  it('are refused before the text is parsed, at the path where the nesting passes 64 levels', () => {
    const parsed = parseWorldText(deepTrustPolicy(100_000))
    expect(problemsOf(parsed)).toEqual([{ path: `roles[0].trustPolicy.Statement${'[0]'.repeat(WORLD_LIMITS.depth - 4)}`, message: 'arrays and objects nest more than 64 levels deep: no part of a world (a policy included) needs that' }])
  })

  it('are refused when they arrive already parsed (saved state, a share link), at the same path', () => {
    const world = JSON.parse(deepTrustPolicy(100_000)) as Json
    expect(problemsOf(parseWorld(world))).toEqual([{ path: `roles[0].trustPolicy.Statement${'[0]'.repeat(WORLD_LIMITS.depth - 4)}`, message: 'arrays and objects nest more than 64 levels deep: no part of a world (a policy included) needs that' }])
  })

  it('nest up to the limit (a world is 4 levels above a trust policy’s Statement)', () => {
    const within = problemsOf(parseWorldText(deepTrustPolicy(WORLD_LIMITS.depth - 4)))
    expect(within.every((p) => !p.message.includes('levels deep'))).toBe(true)
    expect(problemsOf(parseWorldText(deepTrustPolicy(WORLD_LIMITS.depth - 3)))[0]?.message).toMatch(/levels deep/)
  })
})

describe('the size of a world', () => {
  it('refuses text longer than 32 Mi characters before parsing it', () => {
    const text = `${demoText}${' '.repeat(WORLD_LIMITS.textCharacters)}`
    expect(problemsOf(parseWorldText(text))).toEqual([{ path: '(the file)', message: `is ${(text.length).toLocaleString('en-US')} characters long; a world file may have at most 33,554,432` }])
  })

  it.each([
    ['accounts', (w: Json) => (w.accounts = Array.from({ length: 1001 }, () => w.accounts[0])), 'accounts', 'has 1,001 accounts; a world holds at most 1,000'],
    ['users', (w: Json) => (w.users = Array.from({ length: 5001 }, () => w.users[0])), 'users', 'has 5,001 users; a world holds at most 5,000'],
    ['roles', (w: Json) => (w.roles = Array.from({ length: 5001 }, () => w.roles[0])), 'roles', 'has 5,001 roles; a world holds at most 5,000'],
    ['a role’s policies', (w: Json) => (w.roles[3].policies = Array.from({ length: 1001 }, () => w.roles[0].policies[0])), 'roles[3].policies', 'has 1,001 policies; a world holds at most 1,000'],
    ['statements', (w: Json) => (w.users[1].policies[0].document.Statement = Array.from({ length: 1001 }, () => ({}))), 'users[1].policies[0].document.Statement', 'has 1,001 statements; a world holds at most 1,000'],
    ['trust statements', (w: Json) => (w.roles[2].trustPolicy.Statement = Array.from({ length: 1001 }, () => ({}))), 'roles[2].trustPolicy.Statement', 'has 1,001 statements; a world holds at most 1,000'],
  ])('refuses too many %s, at the list’s path, before checking the schema', (_label, spoil, path, message) => {
    const world = clone()
    spoil(world)
    expect(problemsOf(parseWorld(world))).toEqual([{ path, message }])
  })

  it('accepts a world of 1,000 roles and 5,000 policies', () => {
    const world = clone()
    const template = world.roles[0]
    const policy = world.users[0].policies[0]
    world.roles = Array.from({ length: 1000 }, (_, i) => ({ ...template, name: `Role${i}`, policies: Array.from({ length: 5 }, (_, p) => ({ ...policy, name: `policy-${p}` })) }))
    const parsed = parseWorldText(JSON.stringify(world, null, 2))
    expect(problemsOf(parsed)).toEqual([])
    expect(parsed.ok && parsed.world.roles.flatMap((r) => r.policies).length).toBe(5000)
  }, 30_000) // A 3 MB world: well under a second alone, slower when the whole suite shares two CPUs.
})

/** Text edits that have broken world importers: nesting, prototype keys, repeated keys, bidi controls, huge numbers, truncation. */
const hostileSnippet = fc.oneof(
  fc.constantFrom('"__proto__":{"a":1},', '"constructor":"x",', '"prototype":[],', '"team":"a","team":"b",', '\u202E', '\u2066', '{', '[', '}', ']', ',', ':', '"', '\\', '1e999', '-0', 'null', 'true'),
  fc.integer({ min: 1, max: 5000 }).map((depth) => nested(depth)),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.string({ maxLength: 20 }),
)

const mutatedDemoText = fc
  .array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: hostileSnippet }), { minLength: 1, maxLength: 4 })
  .map((edits) => edits.reduce((text, { at, remove, insert }) => text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + remove), demoText))

describe('parseWorldText never throws (properties)', () => {
  it('on any text', () => {
    fc.assert(fc.property(anyText, (text) => wellFormed(parseWorldText(text))), { numRuns: 300 })
  })

  it('on any JSON text', () => {
    fc.assert(fc.property(fc.json(), (text) => wellFormed(parseWorldText(text))), { numRuns: 300 })
  })

  it('on the demo world with hostile edits', () => {
    fc.assert(fc.property(mutatedDemoText, (text) => wellFormed(parseWorldText(text))), { numRuns: 300 })
  })

  it('on the demo world with any JSON value in place of one of its parts', () => {
    const places: ((w: Json, value: unknown) => void)[] = [
      (w, value) => (w.roles[0].tags = value),
      (w, value) => (w.users[0].tags = value),
      (w, value) => (w.roles[1].trustPolicy = value),
      (w, value) => (w.users[0].policies[0].document = value),
      (w, value) => (w.roles = value),
      (w, value) => (w.accounts[0] = value),
      (w, value) => (w.organization = value),
      (w, value) => (w.name = value),
    ]
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.jsonValue(), (place, value) => {
        const world = clone()
        place(world, value)
        return wellFormed(parseWorld(world)) && wellFormed(parseWorldText(JSON.stringify(world)))
      }),
      { numRuns: 150 },
    )
  })
})
