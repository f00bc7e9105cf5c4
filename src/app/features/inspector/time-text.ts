// Instants for people: UTC to the second, and how far from now in words ("expires in 54 min").

/** The largest instant a JavaScript Date holds (±100,000,000 days from 1970). */
const MAX_DATE_MS = 8.64e15

/** `2026-11-24 13:08:02 UTC`; undefined when the instant is outside what a Date can hold. */
export function utcText(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return undefined
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC')
}

/** `45 s`, `54 min`, `2 h 5 min`, `3 d 4 h`: rounded down, the two largest units. */
export function durationText(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`
  const days = Math.floor(hours / 24)
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`
}

/** What an instant means, which decides the words for it. */
export type InstantRole = 'issued' | 'not-before' | 'expires' | 'session-ends'

/** Whether, at `now`, the instant is a problem for the token: expired, not yet valid, issued in the future. */
export type InstantState = 'fine' | 'problem'

export interface InstantWords {
  text: string
  state: InstantState
}

/** The instant relative to now, in words that say whether it is a problem: "expired 3 min ago". */
export function instantWords(role: InstantRole, instantMs: number, nowMs: number): InstantWords {
  const diff = instantMs - nowMs
  const span = durationText(diff)
  const future = diff > 0
  switch (role) {
    case 'issued':
      return future ? { text: `issued ${span} in the future`, state: 'problem' } : { text: `issued ${span} ago`, state: 'fine' }
    case 'not-before':
      return future ? { text: `not valid for another ${span}`, state: 'problem' } : { text: `valid since ${span} ago`, state: 'fine' }
    case 'expires':
      return future ? { text: `expires in ${span}`, state: 'fine' } : { text: `expired ${span} ago`, state: 'problem' }
    case 'session-ends':
      return future ? { text: `session may last ${span} more`, state: 'fine' } : { text: `session window ended ${span} ago`, state: 'problem' }
  }
}
