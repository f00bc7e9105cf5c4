// How the engine clock is written for people: UTC, to the second, and how far it is from real time.

export function utcText(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC')
}

/** An engine-clock instant as `HH:MM:SS UTC`: the engine clock is virtual, so no local time zone applies. */
export function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`
}

/** `real time`, `1 h 15 min ahead`, `2 d 3 h behind`. */
export function offsetText(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000)
  if (minutes === 0) return 'real time'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  const parts = [days > 0 ? `${days} d` : '', hours > 0 ? `${hours} h` : '', rest > 0 ? `${rest} min` : ''].filter(Boolean)
  return `${parts.join(' ')} ${offsetMs > 0 ? 'ahead of' : 'behind'} real time`
}

/** The value of a datetime-local input (read as UTC) as epoch ms, or undefined when incomplete. */
export function parseUtcInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined
  const ms = Date.parse(`${value}Z`)
  return Number.isNaN(ms) ? undefined : ms
}

/** Epoch ms to a datetime-local value in UTC (to the minute). */
export function utcInputValue(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16)
}
