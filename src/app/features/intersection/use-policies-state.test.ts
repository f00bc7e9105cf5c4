import { describe, expect, it } from 'vitest'
import { whatIfActive } from './use-policies-state.ts'

describe('whatIfActive', () => {
  it('is on when a layer is off or a text is edited, off for an empty what-if', () => {
    expect(whatIfActive({})).toBe(false)
    expect(whatIfActive({ off: [] })).toBe(false)
    expect(whatIfActive({ off: ['boundary'] })).toBe(true)
    expect(whatIfActive({ sessionPolicy: '' })).toBe(true)
    expect(whatIfActive({ boundary: '{}' })).toBe(true)
  })
})
