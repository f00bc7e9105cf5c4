import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateCondition } from './evaluate-condition.ts'
import { parseDateTime } from './parse-date.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

describe('date condition operators', () => {
  it.each([
    ['DateLessThan', ['2026-01-01T00:00:00Z'], ['2025-12-31T23:59:59Z'], true],
    ['DateLessThan', ['2026-01-01T00:00:00Z'], ['2026-01-01T00:00:00Z'], false],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], ['2024-12-31T19:00:00-05:00'], false], // the same instant
    ['DateLessThanEquals', ['2026-01-01T00:00:00Z'], ['2026-01-01T00:00:00Z'], true],
    ['DateGreaterThan', ['2020-01-01T00:00:01Z'], ['2020-06-01T12:00:00Z'], true], // the docs' aws:TokenIssueTime example
    ['DateGreaterThan', ['2020-01-01T00:00:01Z'], MISSING, false], // long-term keys have no aws:TokenIssueTime
    ['DateGreaterThan', ['2026-01-01'], ['2026-01-01T00:00:01Z'], true], // a date alone is midnight UTC
    ['DateGreaterThanEquals', ['2026-01'], ['2026-01-01T00:00:00Z'], true],
    ['DateEquals', ['2026-01-01'], ['2026-01-01T00:00:00Z'], true],
    ['DateEquals', ['2025-01-01T00:00:00Z'], ['1735689600'], true], // aws:EpochTime is epoch seconds
    ['DateEquals', ['1735689600'], ['2025-01-01T01:00:00+01:00'], true],
    ['DateEquals', ['2025-01-01T00:00:00.000Z'], ['2025-01-01T00:00:00Z'], true],
    ['DateEquals', ['2025-01-01T00:00:00.5Z'], ['2025-01-01T00:00:00.500Z'], true],
    ['DateEquals', ['2025-01-01T00:00:00.5Z'], ['2025-01-01T00:00:00Z'], false],
    ['DateEquals', ['2025-01-01T00:00:00.1239Z'], ['1735689600.123'], true], // millisecond precision
    ['DateLessThan', ['2025-01-01T00:00:00.500Z'], ['2025-01-01T00:00:00.250Z'], true],
    ['DateEquals', ['2025-01-01T00:00Z'], ['2025-01-01T00:00:00Z'], true],
    ['DateEquals', ['2024-02-29T12:00:00Z'], ['1709208000'], true],
    ['DateEquals', ['1900-01-01T00:00:00Z'], ['-2208988800'], true],
    ['DateEquals', ['2025-02-29'], ['2025-03-01'], false], // not a date
    ['DateLessThan', ['2025-01-01T00:00:00Z'], ['2024-12-31T24:00:00Z'], false], // 24:00 is refused
    ['DateLessThan', ['2026-01-01T00:00:00Z'], ['March 7, 2025'], false], // not ISO 8601
    ['DateGreaterThan', ['yesterday'], ['2025-01-01T00:00:00Z'], false],
    ['DateNotEquals', ['yesterday'], ['2025-01-01T00:00:00Z'], true],
    ['DateNotEquals', ['2025-01-01'], ['1735689600'], false],
    ['DateNotEquals', ['2025-01-01', '2026-01-01'], ['2026-01-01T00:00:00Z'], false],
    ['DateNotEquals', ['2025-01-01'], MISSING, true],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })

  it.each(['', '2025', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-01T25:00:00Z', '2025-01-01T10:00:00+24:00', '2025-01-01 10:00:00Z', '1e9', 'NaN'])(
    'reads %j as %s',
    (text) => {
      // '2025' is a number of epoch seconds, the one form here that parses.
      expect(parseDateTime(text) !== undefined).toBe(text === '2025')
    },
  )

  it('reads ISO 8601 and epoch seconds for the same instant as equal (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        const iso = new Date(ms).toISOString()
        const sign = ms < 0 ? '-' : ''
        const epoch = `${sign}${Math.floor(Math.abs(ms) / 1000)}.${String(Math.abs(ms) % 1000).padStart(3, '0')}`
        expect(parseDateTime(iso)).toBe(ms)
        expect(parseDateTime(epoch)).toBe(ms)
        expect(matched('DateEquals', [epoch], [iso])).toBe(true)
        expect(matched('DateLessThan', [String(Math.floor(ms / 1000) + 1)], [iso])).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
