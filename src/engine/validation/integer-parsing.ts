/**
 * How AWS reads an `integer` Query parameter (DurationSeconds), as the STS oracle observed it
 * (justincormack/argmin sts_oracle.rs): an optional sign and decimal digits, leading zeros allowed,
 * within int32. Anything else is `MalformedInput`, and the range constraints of the model are
 * checked afterwards on the parsed int (so `-1` is a validation error, `2147483648` is not).
 *
 * Java's `Integer.parseInt` would also accept non-ASCII decimal digits (e.g. Arabic-Indic);
 * whether AWS does is unverified, so only ASCII digits are accepted here.
 */

const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

export type IntegerParse =
  | { ok: true; value: number }
  /** `empty`: the value was the empty string (AWS: `missing value for decimal type`); `invalid`: anything else. */
  | { ok: false; reason: 'empty' | 'invalid' }

export function parseInt32(raw: string): IntegerParse {
  if (raw === '') return { ok: false, reason: 'empty' }
  if (!/^[+-]?[0-9]+$/.test(raw)) return { ok: false, reason: 'invalid' }
  // Strip the sign and leading zeros before converting, so huge inputs cannot lose precision.
  const negative = raw.startsWith('-')
  const digits = raw.replace(/^[+-]/, '').replace(/^0+(?=.)/, '')
  if (digits.length > 10) return { ok: false, reason: 'invalid' }
  const magnitude = Number(digits)
  const value = negative ? -magnitude : magnitude
  if (value < INT32_MIN || value > INT32_MAX) return { ok: false, reason: 'invalid' }
  // `-0` is 0.
  return { ok: true, value: value === 0 ? 0 : value }
}
