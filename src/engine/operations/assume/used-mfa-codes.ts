/**
 * The MFA codes an engine has already accepted, so that each code is accepted once. AWS refuses a
 * TOTP code used a second time with the same "MultiFactorAuthentication failed with invalid MFA
 * one time pass code." as a wrong code (hashicorp/terraform-provider-aws#3885: "every MFA Token
 * could be used just once", with that error; 99designs/aws-vault#1110: "the same code is used
 * twice which is not permitted"; aws/aws-cli#2279: the same error from assume-role in a loop).
 * No AWS page states the rule; the evidence is these consistent user reports.
 *
 * A code is remembered by its device and its TOTP step only while STS would still accept it (its
 * step and the next), so the memory holds at most two steps per device; `capacity` bounds it
 * against anything else, forgetting the oldest first. Pure: no timers, the caller passes the time.
 */
export interface UsedMfaCodes {
  /**
   * Records that the code of `serialNumber` for TOTP step `step` has been used, valid until
   * `expiresAtMs`; false when it already was (and is still remembered).
   */
  claim(serialNumber: string, step: number, expiresAtMs: number, nowMs: number): boolean
}

export function usedMfaCodes(capacity = 10_000): UsedMfaCodes {
  const expiries = new Map<string, number>()
  const forgetExpired = (nowMs: number) => {
    for (const [key, expiresAt] of expiries) if (expiresAt <= nowMs) expiries.delete(key)
  }
  return {
    claim(serialNumber, step, expiresAtMs, nowMs) {
      forgetExpired(nowMs)
      const key = `${serialNumber}\n${step}`
      if (expiries.has(key)) return false
      if (expiries.size >= capacity) {
        const oldest = expiries.keys().next()
        if (!oldest.done) expiries.delete(oldest.value)
      }
      expiries.set(key, expiresAtMs)
      return true
    },
  }
}
