import { describe, expect, it } from 'vitest'
import { tabAfterKey } from './tab-keys.ts'

describe('tabAfterKey', () => {
  it('moves right and left, wrapping round at the ends', () => {
    expect(tabAfterKey('ArrowRight', 0, 4)).toBe(1)
    expect(tabAfterKey('ArrowRight', 3, 4)).toBe(0)
    expect(tabAfterKey('ArrowLeft', 2, 4)).toBe(1)
    expect(tabAfterKey('ArrowLeft', 0, 4)).toBe(3)
  })

  it('jumps to the first and last tab with Home and End', () => {
    expect(tabAfterKey('Home', 2, 4)).toBe(0)
    expect(tabAfterKey('End', 1, 4)).toBe(3)
  })

  it('leaves other keys to the browser', () => {
    expect(tabAfterKey('Tab', 1, 4)).toBeUndefined()
    expect(tabAfterKey('ArrowDown', 1, 4)).toBeUndefined()
    expect(tabAfterKey('ArrowRight', 0, 0)).toBeUndefined()
  })
})
