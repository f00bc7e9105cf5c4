import { describe, expect, it } from 'vitest'
import { offsetText, parseUtcInput, utcInputValue, utcText } from './clock-text.ts'

describe('clock text', () => {
  it('writes instants in UTC to the second', () => {
    expect(utcText(Date.UTC(2026, 10, 24, 15, 4, 9, 999))).toBe('2026-11-24 15:04:09 UTC')
  })

  it.each([
    [0, 'real time'],
    [29_000, 'real time'],
    [15 * 60_000, '15 min ahead of real time'],
    [3_600_000 + 15 * 60_000, '1 h 15 min ahead of real time'],
    [12 * 3_600_000, '12 h ahead of real time'],
    [-(2 * 86_400_000 + 3 * 3_600_000), '2 d 3 h behind real time'],
  ])('offset %i ms is "%s"', (offset, text) => {
    expect(offsetText(offset)).toBe(text)
  })

  it('reads a datetime-local value as UTC and writes one back', () => {
    expect(parseUtcInput('2026-11-25T08:30')).toBe(Date.UTC(2026, 10, 25, 8, 30))
    expect(parseUtcInput('2026-11-25T08:30:15')).toBe(Date.UTC(2026, 10, 25, 8, 30, 15))
    expect(parseUtcInput('2026-11-25')).toBeUndefined()
    expect(parseUtcInput('')).toBeUndefined()
    expect(utcInputValue(Date.UTC(2026, 10, 25, 8, 30, 59))).toBe('2026-11-25T08:30')
  })
})
