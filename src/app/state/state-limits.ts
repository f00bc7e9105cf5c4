// The bounds every outside input is held to before it is parsed or trusted: share links, world files,
// saved state. Each is generous for real use and far below what would hang or crash the page.

/** The engine clock may move at most 100 years either way from real time (dates stay four-digit years, as SigV4 needs). */
export const CLOCK_OFFSET_LIMIT_MS = 100 * 365.25 * 24 * 3600 * 1000

/**
 * The latest instant a saved timestamp may hold: year 9999, the last a SigV4 `X-Amz-Date` can write
 * (and far inside what `Date` can represent, ±8.64e15 ms).
 */
export const LATEST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** A share link's encoded text (after `#share=`): 256 KiB of base64url, far more than a big world compresses to. */
export const SHARE_LINK_MAX_CHARS = 256 * 1024

/** What a share link may inflate to: 2 MiB of JSON, the same as a world file. Decompression stops there. */
export const SHARE_JSON_MAX_BYTES = 2 * 1024 * 1024

/** A world file the playground imports: 4 MiB (a world of 1,000 roles and 5,000 policies fits, pretty-printed). */
export const WORLD_FILE_MAX_BYTES = 4 * 1024 * 1024

/** Saved state read from the browser: the browser itself holds about 5 MiB per site. */
export const SAVED_STATE_MAX_CHARS = 8 * 1024 * 1024

/** The history keeps this many exchanges; older ones drop off. */
export const HISTORY_LIMIT = 50

/** The wallet keeps this many issued credentials; the oldest drop off. */
export const WALLET_LIMIT = 100

/** Clamps a clock offset into the range the playground supports. */
export function clampClockOffset(offsetMs: number): number {
  if (!Number.isFinite(offsetMs)) return 0
  return Math.min(CLOCK_OFFSET_LIMIT_MS, Math.max(-CLOCK_OFFSET_LIMIT_MS, offsetMs))
}

/** `2.0 MiB`, `340 KiB`, `12 bytes`. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`
  return `${bytes} bytes`
}
