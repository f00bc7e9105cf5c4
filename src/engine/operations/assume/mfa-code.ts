import { Secret, TOTP } from 'otpauth'

/** A virtual MFA device's current code (RFC 6238: SHA-1, 6 digits, 30 s), for tests and the simulated authenticator. */
export function currentMfaCode(seedBase32: string, nowMs: number): string {
  return new TOTP({ secret: Secret.fromBase32(seedBase32), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: nowMs })
}
