import { toHex } from './auth/sigv4-crypto.ts'
import type { EngineDeps } from './deps.ts'

/** A version-4 UUID from the engine's random source, as AWS request ids look. */
export function newRequestId(deps: EngineDeps): string {
  const b = deps.randomBytes(16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const hex = toHex(b)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
