/**
 * Date/time values of the Date operators, as milliseconds since the Unix epoch. IAM accepts "one of the
 * W3C implementations of the ISO 8601 date formats or epoch (UNIX) time" (IAM User Guide, "IAM JSON
 * policy elements: Condition operators", section "Date condition operators"), so both sides may be
 * either: aws:CurrentTime and aws:TokenIssueTime are ISO, aws:EpochTime is epoch seconds.
 *
 * Choices where the docs are silent:
 * - A string of digits (optionally signed, optionally with a fraction) is epoch SECONDS, so `2026` is
 *   26 minutes past the epoch, not the year 2026 (W3C's year-only form loses to epoch time).
 * - The W3C profile (https://www.w3.org/TR/NOTE-datetime): YYYY, YYYY-MM, YYYY-MM-DD and
 *   YYYY-MM-DDThh:mm[:ss[.s…]]TZD with TZD `Z` or ±hh:mm. A time without TZD is read as UTC
 *   (AWS has no local time). Date.parse is not used: it accepts many non-ISO forms per engine.
 * - Precision is one millisecond; further fraction digits are cut off.
 */

const EPOCH = /^([+-]?)(\d+)(?:\.(\d+))?$/
const W3C = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:\d{2})?)?)?)?$/

/** The ECMAScript Date range: ±8.64e15 ms around the epoch. */
const MAX_MS = 8.64e15

export function parseDateTime(text: string): number | undefined {
  const epoch = EPOCH.exec(text)
  if (epoch !== null) {
    // Digit by digit rather than Number(text) * 1000, which turns 1.005 into 1004.999….
    const ms = Number(epoch[2]) * 1000 + fractionMs(epoch[3])
    return Math.abs(ms) <= MAX_MS ? (epoch[1] === '-' ? -ms : ms) : undefined
  }
  const m = W3C.exec(text)
  if (m === null) return undefined
  const year = Number(m[1])
  const month = m[2] === undefined ? 1 : Number(m[2])
  const day = m[3] === undefined ? 1 : Number(m[3])
  const hour = m[4] === undefined ? 0 : Number(m[4])
  const minute = m[5] === undefined ? 0 : Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  const millis = fractionMs(m[7])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const offset = parseOffsetMinutes(m[8])
  if (offset === undefined) return undefined
  const minutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offset
  return minutes * 60_000 + second * 1000 + millis
}

/** The first three digits of a decimal fraction of a second, as milliseconds (the rest is cut off). */
function fractionMs(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits.slice(0, 3).padEnd(3, '0'))
}

/** Minutes east of UTC for `Z`, `+hh:mm`, `-hh:mm`, or no zone (UTC). */
function parseOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0
  const hours = Number(zone.slice(1, 3))
  const minutes = Number(zone.slice(4, 6))
  if (hours > 23 || minutes > 59) return undefined
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes)
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}
