/** A number of seconds in the largest whole units: `1 h`, `12 h`, `15 min`, `1 h 30 min`, `45 s`. */
export function durationWords(seconds: number): string {
  if (seconds < 60 || seconds % 60 !== 0) return `${seconds} s`
  const minutes = seconds / 60
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${minutes} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}
