// A seeded random source for the soak's fuzzing, so a run can be repeated from its seed
// (mulberry32: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  below(n: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by weight: [[weight, value], …]. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (n: number) => Math.floor(next() * n)
  return {
    next,
    below,
    chance: (p) => next() < p,
    pick: (items) => items[below(items.length)] as (typeof items)[number],
    weighted(choices) {
      const total = choices.reduce((sum, [weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [weight, value] of choices) {
        roll -= weight
        if (roll < 0) return value
      }
      return (choices.at(-1) as (typeof choices)[number])[1]
    },
  }
}
