import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonTextDepth } from './json-depth.ts'
import { duplicateJsonKeys, jsonTextPathPastDepth } from './json-text-paths.ts'
import { jsonValuePathPastDepth } from './json-value-path.ts'

/** Any UTF-16 text, lone surrogates included (fast-check's 'binary' unit is slow to generate at this length). */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 })

describe(duplicateJsonKeys, () => {
  it.each([
    ['{"a":1,"b":2}', []],
    ['{"a":1,"a":2}', [{ path: 'a', key: 'a' }]],
    ['{"a":{"b":1},"c":{"b":2}}', []],
    ['{"r":[{"t":{"k":"1","k":"2"}},{"t":{"k":"1","K":"2"}}]}', [{ path: 'r[0].t.k', key: 'k' }]],
    // Escapes are decoded before comparing; brackets and commas inside strings are text.
    ['{"team":1,"te\\u0061m":2}', [{ path: 'team', key: 'team' }]],
    ['{"a":"x,\\"a\\":[","a":2}', [{ path: 'a', key: 'a' }]],
    ['[{"a":1},{"a":1}]', []],
    ['{"__proto__":1,"__proto__":2}', [{ path: '__proto__', key: '__proto__' }]],
  ])('%s', (text, duplicates) => {
    expect(duplicateJsonKeys(text)).toEqual(duplicates)
  })

  it('finds none in what JSON.stringify writes, and never throws on any text (properties)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => duplicateJsonKeys(JSON.stringify(value)).length === 0), { numRuns: 300 })
    fc.assert(fc.property(anyText, (text) => void duplicateJsonKeys(text)), { numRuns: 300 })
  })
})

describe(jsonTextPathPastDepth, () => {
  it.each([
    ['{"a":[[1]]}', 3, undefined],
    ['{"a":[[1]]}', 2, 'a[0]'],
    ['{"a":[[1]]}', 1, 'a'],
    ['{"a":[[1]]}', 0, '(the file)'],
    ['{"x":[1,2,{"y":[]}]}', 3, 'x[2].y'],
  ])('%s past %d: %s', (text, maxDepth, path) => {
    expect(jsonTextPathPastDepth(text, maxDepth)).toBe(path)
  })

  it('finds a path exactly when the text is deeper than the limit, and the same path as in the parsed value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, maxDepth) => {
        const text = JSON.stringify(value)
        const path = jsonTextPathPastDepth(text, maxDepth)
        return (path !== undefined) === jsonTextDepth(text) > maxDepth && path === jsonValuePathPastDepth(value, maxDepth)
      }),
      { numRuns: 500 },
    )
  })
})
