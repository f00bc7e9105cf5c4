/**
 * Exact decimal numbers for the Numeric operators. IAM compares "integer or decimal" values; doing
 * it with BigInt keeps 0.1, 0.10 and 00.1 equal and never loses digits the way doubles do for
 * long values. Exponents (1e3), hexadecimal, Infinity and surrounding spaces are not numbers here.
 */
export interface Decimal {
  /** The value is units × 10^-scale. */
  units: bigint
  scale: number
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL.exec(text)
  if (match === null) return undefined
  const whole = match[2] ?? ''
  const fraction = match[3] ?? ''
  if (whole === '' && fraction === '') return undefined // "", "+", "." are not numbers
  const magnitude = BigInt(whole + fraction === '' ? '0' : whole + fraction)
  return { units: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length }
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale)
  const left = a.units * 10n ** BigInt(scale - a.scale)
  const right = b.units * 10n ** BigInt(scale - b.scale)
  return left < right ? -1 : left > right ? 1 : 0
}
