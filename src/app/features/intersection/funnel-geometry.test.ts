import { describe, expect, it } from 'vitest'
import { funnelGeometry } from './funnel-geometry.ts'

describe('funnelGeometry', () => {
  it('draws each step as wide as its share of the total, centred', () => {
    const geometry = funnelGeometry(100, [
      { label: 'Identity policy', count: 100 },
      { label: 'Permissions boundary', count: 50 },
      { label: 'Survive', count: 25 },
    ], 400)
    expect(geometry.bars.map((bar) => [bar.x, bar.width])).toEqual([
      [0, 400],
      [100, 200],
      [150, 100],
    ])
    expect(geometry.bars.map((bar) => bar.y)).toEqual([0, 50, 100])
    expect(geometry.height).toBe(136)
  })

  it('draws nothing for zero, a sliver for a tiny count, and copes with no actions at all', () => {
    const geometry = funnelGeometry(1000, [
      { label: 'a', count: 0 },
      { label: 'b', count: 1 },
    ], 400)
    expect(geometry.bars.map((bar) => bar.width)).toEqual([0, 4])
    expect(funnelGeometry(0, [{ label: 'a', count: 0 }]).bars[0]?.width).toBe(0)
  })
})
