// Credentials issued in this browser: the wallet. Each can sign later requests as the identity it acts as.
import type { IssuedCredentials } from '../engine/types.ts'

export interface WalletEntry extends IssuedCredentials {
  /** The operation that issued them (AssumeRole, GetSessionToken, …). */
  issuedBy: string
  /** Engine-clock instants, epoch ms. */
  issuedAt: number
  expiresAt: number
  /** The history entry of the response that issued them; '' when issued elsewhere (a Compare experiment). */
  exchangeId: string
}

/** Seconds left before expiry on the engine clock; 0 or less means expired. */
export function secondsLeft(entry: Pick<WalletEntry, 'expiresAt'>, nowMs: number): number {
  return Math.floor((entry.expiresAt - nowMs) / 1000)
}

/** `59 min 12 s`, `3 h 05 min`, `expired 2 min ago`. */
export function countdownText(seconds: number): string {
  if (seconds <= 0) {
    const ago = -seconds
    return ago < 60 ? 'expired just now' : `expired ${formatSpan(ago)} ago`
  }
  return `${formatSpan(seconds)} left`
}

function formatSpan(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
  const hours = Math.floor(seconds / 3600)
  return `${hours} h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')} min`
}
