import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../state/exchange.ts'
import { pickedExchanges, togglePick } from './compare-picks.ts'

describe('togglePick', () => {
  it('ticks up to two entries, in the order ticked', () => {
    expect(togglePick([], '3', true)).toEqual(['3'])
    expect(togglePick(['3'], '1', true)).toEqual(['3', '1'])
  })

  it('refuses a third tick and a repeated one, returning the picks unchanged', () => {
    const two = ['3', '1']
    expect(togglePick(two, '5', true)).toBe(two)
    const one = ['3']
    expect(togglePick(one, '3', true)).toBe(one)
  })

  it('unticks, and ignores unticking an entry that was not ticked', () => {
    expect(togglePick(['3', '1'], '3', false)).toEqual(['1'])
    const picks = ['1']
    expect(togglePick(picks, '9', false)).toBe(picks)
  })
})

describe('pickedExchanges', () => {
  const entry = (id: string) => ({ id }) as Exchange
  const entries = ['1', '2', '3', '4'].map(entry)

  it('returns the ticked exchanges oldest first, whatever order they were ticked in', () => {
    expect(pickedExchanges(['4', '2'], entries).map((e) => e.id)).toEqual(['2', '4'])
  })

  it('drops picks that are no longer in the history', () => {
    expect(pickedExchanges(['1', '9'], entries).map((e) => e.id)).toEqual(['1'])
    expect(pickedExchanges(['1', '2'], [])).toEqual([])
  })
})
