import { describe, expect, it } from 'vitest'
import { durationText, instantWords, utcText } from './time-text.ts'

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0)
const MIN = 60_000

describe('utcText', () => {
  it('writes UTC to the second', () => {
    expect(utcText(NOW)).toBe('2026-01-01 12:00:00 UTC')
  })
  it('is undefined for instants a Date cannot hold', () => {
    expect(utcText(1e20)).toBeUndefined()
    expect(utcText(Number.NaN)).toBeUndefined()
  })
})

describe('durationText', () => {
  it.each([
    [45_000, '45 s'],
    [54 * MIN + 59_000, '54 min'],
    [60 * MIN, '1 h'],
    [125 * MIN, '2 h 5 min'],
    [24 * 60 * MIN, '1 d'],
    [(3 * 24 + 4) * 60 * MIN, '3 d 4 h'],
    [-3 * MIN, '3 min'],
  ])('%d ms is %s', (ms, text) => expect(durationText(ms)).toBe(text))
})

describe('instantWords', () => {
  it('says when a token expires or expired', () => {
    expect(instantWords('expires', NOW + 54 * MIN, NOW)).toEqual({ text: 'expires in 54 min', state: 'fine' })
    expect(instantWords('expires', NOW - 3 * MIN, NOW)).toEqual({ text: 'expired 3 min ago', state: 'problem' })
  })
  it('flags a not-before in the future and an issue time in the future', () => {
    expect(instantWords('not-before', NOW + 5 * MIN, NOW)).toEqual({ text: 'not valid for another 5 min', state: 'problem' })
    expect(instantWords('not-before', NOW - 5 * MIN, NOW)).toEqual({ text: 'valid since 5 min ago', state: 'fine' })
    expect(instantWords('issued', NOW + 2 * MIN, NOW).state).toBe('problem')
    expect(instantWords('issued', NOW - 2 * MIN, NOW)).toEqual({ text: 'issued 2 min ago', state: 'fine' })
  })
  it('words the session window of a SAML AuthnStatement', () => {
    expect(instantWords('session-ends', NOW + 8 * 60 * MIN, NOW)).toEqual({ text: 'session may last 8 h more', state: 'fine' })
    expect(instantWords('session-ends', NOW - MIN, NOW).state).toBe('problem')
  })
})
