import { describe, expect, it } from 'vitest'
import { loadCatalog } from './catalog.ts'
import { parseChallenge, parseLesson } from './catalog-schema.ts'
import lesson from './fixtures/lessons/fixture-max-session-duration.json'
import challenge from './fixtures/challenges/fixture-chained-duration.json'

const spoilt = <T>(value: T, change: (copy: any) => void): T => {
  const copy = structuredClone(value)
  change(copy)
  return copy
}

describe('the catalog schema', () => {
  it('accepts the fixtures', () => {
    expect(parseLesson(lesson).ok).toBe(true)
    expect(parseChallenge(challenge).ok).toBe(true)
  })
  it('reports a misspelt key where it is (an empty match would hold for anything)', () => {
    const parsed = parseLesson(spoilt(lesson, (l) => (l.goals[1].match.faultcode = 'AccessDenied')))
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problems.join('\n')).toMatch(/^goals\[1\]\.match\.faultcode: /)
  })
  it('reports an invalid regular expression, an unknown topic, a step of no kind', () => {
    const bad = parseLesson(
      spoilt(lesson, (l) => {
        l.goals[1].match.issued.arn = '('
        l.topic = 'nothing'
        l.answer.steps.push({ as: 'alice' })
      }),
    )
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/goals\[1\]\.match\.issued\.arn: must be a valid regular expression/)
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/^topic: /m)
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/^answer\.steps\[1\]\.operation: /m)
  })
  it('a challenge’s answer must be one of its options, with unique ids', () => {
    expect(parseChallenge(spoilt(challenge, (c) => (c.answer = 'nope')))).toEqual({ ok: false, problems: ['answer: nope is not one of the options (granted, capped, refused)'] })
    expect(parseChallenge(spoilt(challenge, (c) => (c.options[1].id = 'granted'))).ok).toBe(false)
  })
  it('loadCatalog leaves out a file that does not fit, or whose id is not its name, and says why', () => {
    const catalog = loadCatalog(
      { './catalog/lessons/fixture-max-session-duration.json': lesson, './catalog/lessons/other-name.json': lesson, './catalog/lessons/broken.json': { id: 'broken' } },
      { './catalog/challenges/fixture-chained-duration.json': challenge },
    )
    expect(catalog.lessons.map((l) => l.id)).toEqual(['fixture-max-session-duration'])
    expect(catalog.challenges).toHaveLength(1)
    expect(catalog.problems.some((p) => p.startsWith('./catalog/lessons/other-name.json: id: '))).toBe(true)
    expect(catalog.problems.some((p) => p.startsWith('./catalog/lessons/broken.json: '))).toBe(true)
  })
  it('sorts lessons by order', () => {
    const second = spoilt(lesson, (l) => {
      l.id = 'second'
      l.order = 2
    })
    const catalog = loadCatalog({ './z/second.json': second, './z/fixture-max-session-duration.json': spoilt(lesson, (l) => (l.order = 3)) }, {})
    expect(catalog.lessons.map((l) => l.id)).toEqual(['second', 'fixture-max-session-duration'])
  })
})
