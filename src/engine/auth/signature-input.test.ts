import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatAmzDate, parseAmzDate } from './signature-input.ts'

/** The definition: the ISO-8601 instant without separators or milliseconds. */
const reference = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

describe('formatAmzDate and parseAmzDate (each keeps its last answer)', () => {
  it('formats any instant as YYYYMMDDTHHMMSSZ, in any order of calls (property)', () => {
    const instant = fc.integer({ min: -8.64e15, max: 8.64e15 })
    fc.assert(
      fc.property(fc.array(fc.oneof(instant, fc.constant(0), fc.constant(999), fc.constant(1000), fc.constant(-1))), (instants) => {
        for (const ms of instants) expect(formatAmzDate(ms)).toBe(reference(ms))
      }),
    )
  })

  it('parses back what it formats, and refuses impossible dates even right after a valid one', () => {
    const at = Date.UTC(2026, 10, 24, 15, 30, 12)
    expect(formatAmzDate(at + 999)).toBe('20261124T153012Z')
    expect(parseAmzDate('20261124T153012Z')).toBe(at)
    expect(parseAmzDate('20261124T153012Z')).toBe(at)
    expect(parseAmzDate('20260231T000000Z')).toBeUndefined()
    expect(parseAmzDate('20261124T153012Z')).toBe(at)
    expect(parseAmzDate('20261124T246012Z')).toBeUndefined()
    expect(parseAmzDate('2026-11-24T15:30:12Z')).toBeUndefined()
  })
})
