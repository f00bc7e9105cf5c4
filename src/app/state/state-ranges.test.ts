// Issue [7], problem 4: out-of-range clocks and timestamps in saved state reached the error page
// (new Date(x).toISOString() throws a RangeError past ±8.64e15 ms) at every load.
import { describe, expect, it } from 'vitest'
import { freshState, playgroundReducer } from './playground-state.ts'
import { parseSavedState } from './saved-state.ts'
import { CLOCK_OFFSET_LIMIT_MS, HISTORY_LIMIT } from './state-limits.ts'

const KEY = 'A'.repeat(43) + '='
const wrap = (state: unknown) => JSON.stringify({ format: 'sts-playground-state', version: 1, state })
const entry = { accessKeyId: 'ASIAX', secretAccessKey: 's', sessionToken: 't', expiration: '2026-12-01T01:00:00Z', arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s', account: '111111111111', issuedBy: 'AssumeRole', issuedAt: 1, expiresAt: 2, exchangeId: '1' }

describe('saved state ranges', () => {
  it.each([
    ['a clock offset of 10^300 ms', { clockOffsetMs: 1e300 }, /^clockOffsetMs: at most 100 years ahead/],
    ['a clock offset 101 years behind', { clockOffsetMs: -CLOCK_OFFSET_LIMIT_MS - 1 }, /^clockOffsetMs: at most 100 years behind/],
    ['a wallet entry expiring after year 9999', { wallet: [{ ...entry, expiresAt: 8.64e15 + 1 }] }, /^wallet\.0\.expiresAt: an instant before the year 10000/],
    ['a wallet entry issued before 1970', { wallet: [{ ...entry, issuedAt: -1 }] }, /^wallet\.0\.issuedAt: an instant after 1970/],
    ['an expiration that is no date', { wallet: [{ ...entry, expiration: '+275760-09-13T00:00:00.001Z' }] }, /^wallet\.0\.expiration: a date between 1970 and 9999/],
    ['a next exchange id past the safe integers', { nextExchangeId: 2 ** 60 }, /^nextExchangeId/],
  ])('refuses %s with its path', (_name, change, reason) => {
    const parsed = parseSavedState(wrap({ ...freshState(KEY), ...change }))
    expect(parsed.ok ? 'accepted' : parsed.reason).toMatch(reason)
  })

  it('keeps only the newest history a crafted file carries', () => {
    const state = freshState(KEY)
    const exchanges = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({
      id: String(i + 1),
      callerLabel: 'anonymous',
      operation: 'GetCallerIdentity',
      endpoint: 'global',
      draft: state.draft,
      request: { method: 'POST', url: '/', headers: {}, body: '' },
      result: { response: { status: 200, headers: {}, body: '' }, requestId: 'r', checks: [] },
      sentAt: 1_000 + i,
    }))
    const parsed = parseSavedState(wrap({ ...state, history: exchanges }))
    expect(parsed.ok && parsed.state.history.map((item) => item.id)).toEqual(exchanges.slice(-HISTORY_LIMIT).map((item) => item.id))
  })

  it('the clock control cannot move the clock past the range', () => {
    const state = playgroundReducer(freshState(KEY), { type: 'clock', offsetMs: 1e300 })
    expect(state.clockOffsetMs).toBe(CLOCK_OFFSET_LIMIT_MS)
    expect(playgroundReducer(state, { type: 'clock', offsetMs: Number.NaN }).clockOffsetMs).toBe(0)
  })
})
