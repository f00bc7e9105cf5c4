import type { WorldUser } from '../../world/world-schema.ts'
import type { UsedMfaCodes } from './used-mfa-codes.ts'

export type MfaCheck = { ok: true; serialNumber: string } | { ok: false; message: string; why: string }

/** AccessDenied texts for MFA failures, as client code bases match them (no public page states them; note the double space). */
const INVALID_CODE = 'MultiFactorAuthentication failed with invalid MFA one time pass code. '
const UNKNOWN_DEVICE = 'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.'

/** The TOTP library, loaded on the first MFA check and kept (an import per check costs a module-loader round trip in some hosts). */
let otpauth: Promise<typeof import('otpauth')> | undefined

/**
 * Checks SerialNumber + TokenCode against the caller's virtual MFA devices with RFC 6238 TOTP
 * (SHA-1, 6 digits, 30 s). Like the demo world says, the code of the current step and of the step
 * before are accepted. With `used` (the engine's memory), each code is accepted once: a code used
 * again while it is still valid gets the invalid-code text (used-mfa-codes.ts says why).
 */
export async function checkMfa(user: WorldUser | undefined, serialNumber: string, tokenCode: string, nowMs: number, used?: UsedMfaCodes): Promise<MfaCheck> {
  const device = user?.mfaDevices.find((d) => d.serialNumber === serialNumber)
  if (!device) return { ok: false, message: UNKNOWN_DEVICE, why: `${serialNumber} is not an MFA device of the caller.` }
  // Loaded on the first MFA check only: most requests carry no MFA, and the playground's first page stays smaller.
  const { Secret, TOTP } = await (otpauth ??= import('otpauth'))
  const totp = new TOTP({ secret: Secret.fromBase32(device.seedBase32), algorithm: device.algorithm, digits: device.digits, period: device.periodSeconds })
  const delta = totp.validate({ token: tokenCode, timestamp: nowMs, window: 1 })
  if (delta !== 0 && delta !== -1) {
    return { ok: false, message: INVALID_CODE, why: `${tokenCode} is not the code of ${serialNumber} for this 30-second step or the one before.` }
  }
  const periodMs = device.periodSeconds * 1000
  const current = Math.floor(nowMs / periodMs)
  const step = current + delta
  // Valid while the current step is its own or the next one.
  if (used && !used.claim(serialNumber, step, (step + 2) * periodMs, nowMs)) {
    const nextCodeIn = Math.ceil(((current + 1) * periodMs - nowMs) / 1000)
    return {
      ok: false,
      message: INVALID_CODE,
      why: `${tokenCode} was already used with ${serialNumber}: STS accepts each code once. The authenticator shows a new code in ${nextCodeIn} s.`,
    }
  }
  return { ok: true, serialNumber }
}
