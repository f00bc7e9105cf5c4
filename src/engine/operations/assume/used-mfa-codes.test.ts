import { describe, expect, it } from 'vitest'
import { usedMfaCodes } from './used-mfa-codes.ts'

// Each TOTP code is accepted once (hashicorp/terraform-provider-aws#3885, 99designs/aws-vault#1110).
describe(usedMfaCodes, () => {
  const SERIAL = 'arn:aws:iam::111111111111:mfa/alice'

  it('accepts a (device, step) once while it is valid, and again once it has expired', () => {
    const used = usedMfaCodes()
    expect(used.claim(SERIAL, 100, 60_000, 0)).toBe(true)
    expect(used.claim(SERIAL, 100, 60_000, 59_999)).toBe(false)
    expect(used.claim(SERIAL, 100, 60_000, 60_000)).toBe(true)
  })

  it('keeps devices and steps apart', () => {
    const used = usedMfaCodes()
    expect(used.claim(SERIAL, 100, 60_000, 0)).toBe(true)
    expect(used.claim(SERIAL, 101, 60_000, 0)).toBe(true)
    expect(used.claim('arn:aws:iam::111111111111:mfa/bob', 100, 60_000, 0)).toBe(true)
  })

  it('stays bounded: beyond its capacity the oldest code is forgotten first', () => {
    const used = usedMfaCodes(2)
    expect(used.claim(SERIAL, 1, 60_000, 0)).toBe(true)
    expect(used.claim(SERIAL, 2, 60_000, 0)).toBe(true)
    expect(used.claim(SERIAL, 3, 60_000, 0)).toBe(true)
    expect(used.claim(SERIAL, 1, 60_000, 0)).toBe(true)
    expect(used.claim(SERIAL, 3, 60_000, 0)).toBe(false)
  })
})
