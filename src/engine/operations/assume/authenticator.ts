/**
 * The simulated authenticator app: a virtual MFA device's current code. The TOTP library is loaded
 * on first use, so pages that never show a code do not carry it.
 */
export async function authenticatorCode(seedBase32: string, nowMs: number): Promise<string> {
  const { currentMfaCode } = await import('./mfa-code.ts')
  return currentMfaCode(seedBase32, nowMs)
}
