/** The TOTP module, loaded once: a dynamic import per code costs a module-loader round trip in some hosts. */
let mfaCodeModule: Promise<typeof import('./mfa-code.ts')> | undefined

/**
 * The simulated authenticator app: a virtual MFA device's current code. The TOTP library is loaded
 * on first use, so pages that never show a code do not carry it. It shows the same code for the
 * whole 30-second step, and STS accepts each code once (used-mfa-codes.ts): a second MFA call in
 * the same step needs the next step's code.
 */
export async function authenticatorCode(seedBase32: string, nowMs: number): Promise<string> {
  const { currentMfaCode } = await (mfaCodeModule ??= import('./mfa-code.ts'))
  return currentMfaCode(seedBase32, nowMs)
}
