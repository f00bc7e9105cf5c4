// The funnel's bars from the overview's numbers: one bar per chosen layer, then the survivors,
// each as wide as its share of the service's actions (a visible sliver for a non-zero count).

export interface FunnelStep {
  label: string
  count: number
}

export interface FunnelBar extends FunnelStep {
  x: number
  y: number
  width: number
  height: number
}

export interface FunnelGeometry {
  width: number
  height: number
  bars: FunnelBar[]
}

export const FUNNEL_WIDTH = 600
const BAR_HEIGHT = 36
const GAP = 14
const MIN_BAR = 4

/** Centred bars, widest for `total`; zero draws nothing, a positive count at least MIN_BAR. */
export function funnelGeometry(total: number, steps: readonly FunnelStep[], width = FUNNEL_WIDTH): FunnelGeometry {
  const bars = steps.map((step, index): FunnelBar => {
    const share = total > 0 ? Math.min(1, Math.max(0, step.count) / total) : 0
    const barWidth = step.count <= 0 ? 0 : Math.max(MIN_BAR, Math.round(share * width))
    return { ...step, x: Math.round((width - barWidth) / 2), y: index * (BAR_HEIGHT + GAP), width: barWidth, height: BAR_HEIGHT }
  })
  return { width, height: Math.max(0, steps.length * (BAR_HEIGHT + GAP) - GAP), bars }
}
