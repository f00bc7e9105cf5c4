import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../sessions/base64.ts'
import { jsonTextDepth, jsonValueDepth } from './json-depth.ts'
import { parseBoundedJson } from './parse-bounded-json.ts'

/** The depth by the definition, recursively (fine for the small values fast-check makes). */
function referenceDepth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0
  const children = Array.isArray(value) ? value : Object.values(value)
  return 1 + Math.max(0, ...children.map(referenceDepth))
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe(jsonTextDepth, () => {
  it.each([
    ['1', 0],
    ['"[[[["', 0],
    ['[]', 1],
    ['{}', 1],
    ['[[], {}]', 2],
    ['{"a": {"b": [1, 2, {"c": null}]}}', 4],
    ['["\\"[[", {"\\\\": ["]"]}]', 3],
    ['["\\u005b"]', 1],
    ['{"a":"}}}}"}', 1],
    // Not JSON: a number all the same (the parser reports the syntax).
    ['[[[', 3],
    [']]]', 0],
    ['"unterminated [[[', 0],
  ])('%s nests %d deep', (text, depth) => {
    expect(jsonTextDepth(text)).toBe(depth)
  })

  it('stops counting once past the limit', () => {
    expect(jsonTextDepth(nested(100_000), 1000)).toBe(1001)
    expect(jsonTextDepth(nested(1000), 1000)).toBe(1000)
  })

  it('agrees with the definition on any JSON value, written compactly or pretty-printed (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonTextDepth(JSON.stringify(value))).toBe(referenceDepth(value))
        expect(jsonTextDepth(JSON.stringify(value, null, 2))).toBe(referenceDepth(value))
      }),
      { numRuns: 300 },
    )
  })
})

describe(jsonValueDepth, () => {
  it('agrees with the definition on any JSON value (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonValueDepth(value, 1000) === referenceDepth(value)), { numRuns: 300 })
  })

  it('walks 100,000 levels without recursion, stopping past the limit', () => {
    const deep = JSON.parse(nested(100_000)) as unknown
    expect(jsonValueDepth(deep, 64)).toBe(65)
    expect(jsonValueDepth(deep, 200_000)).toBe(100_000)
  })

  it('measures a shared object where it sits deepest, and ends a cycle at the limit', () => {
    const shared = [[[]]]
    expect(jsonValueDepth({ a: shared, b: [[shared]] }, 100)).toBe(6)
    const cycle: unknown[] = []
    cycle.push(cycle)
    expect(jsonValueDepth(cycle, 50)).toBe(51)
  })
})

describe(parseBoundedJson, () => {
  it('parses JSON up to the limit and refuses deeper JSON before parsing', () => {
    expect(parseBoundedJson(nested(3), 3)).toEqual({ ok: true, value: [[[]]] })
    expect(parseBoundedJson(nested(4), 3)).toEqual({ ok: false, reason: 'too-deep', message: 'arrays and objects nest more than 3 levels deep' })
  })

  it('reports a syntax error with the parser’s message, never throwing', () => {
    const parsed = parseBoundedJson('{"a": ')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toBe('syntax')
    fc.assert(fc.property(fc.string(), (text) => void parseBoundedJson(text)), { numRuns: 300 })
  })
})

describe('jsonTextDepth on UTF-8 bytes', () => {
  const bytes = utf8Encode

  it('gives the same depth as the text, whatever the bytes decode to', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonTextDepth(bytes(JSON.stringify(value))) === referenceDepth(value)), { numRuns: 200 })
    // An invalid lead byte before a quote: a lenient decoder makes it U+FFFD and the quote still ends the string.
    const tricky = Uint8Array.from([...bytes('{"a":"x'), 0xf0, ...bytes('","b":[[[]]]}')])
    expect(jsonTextDepth(tricky)).toBe(4)
    expect(jsonTextDepth('{"a":"x\uFFFD","b":[[[]]]}')).toBe(4)
  })
})
