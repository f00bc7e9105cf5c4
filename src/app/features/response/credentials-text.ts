// How the credentials card shows secrets: hidden or shortened until asked, copied whole.
import type { IssuedCredentials } from '../../engine/types.ts'
import { countdownText, secondsLeft } from '../../state/wallet.ts'

/** How many characters of a session token show before it is cut. */
export const TOKEN_PREVIEW_LENGTH = 24

/** The start of a long token and an ellipsis; a short one whole. */
export function shortenToken(token: string, keep = TOKEN_PREVIEW_LENGTH): string {
  return token.length <= keep ? token : `${token.slice(0, keep)}…`
}

export interface ExpiryStatus {
  expired: boolean
  /** `59 min 12 s left`, `Expired 3 min ago`: wallet.ts's countdownText, starting a sentence. */
  countdown: string
}

/** Where the credentials stand against the engine clock; undefined when the Expiration cannot be read. */
export function expiryStatus(issued: Pick<IssuedCredentials, 'expiration'>, nowMs: number): ExpiryStatus | undefined {
  const expiresAt = Date.parse(issued.expiration)
  if (Number.isNaN(expiresAt)) return undefined
  const seconds = secondsLeft({ expiresAt }, nowMs)
  const text = countdownText(seconds)
  return { expired: seconds <= 0, countdown: text.charAt(0).toUpperCase() + text.slice(1) }
}
