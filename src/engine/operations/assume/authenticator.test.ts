import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../world/demo-world.ts'
import { authenticatorCode } from './authenticator.ts'
import { checkMfa } from './mfa.ts'

describe('the simulated authenticator', () => {
  const alice = demoWorld.users.find((u) => u.name === 'alice')
  const device = alice?.mfaDevices[0]

  it('shows a code that STS accepts for this step and the next, not two steps later', async () => {
    if (!alice || !device) throw new Error('the demo world has alice and her device')
    const at = Date.UTC(2026, 10, 24, 12, 0, 5)
    const code = await authenticatorCode(device.seedBase32, at)
    expect(code).toMatch(/^\d{6}$/)
    expect(await checkMfa(alice, device.serialNumber, code, at)).toEqual({ ok: true, serialNumber: device.serialNumber })
    expect((await checkMfa(alice, device.serialNumber, code, at + 30_000)).ok).toBe(true)
    expect((await checkMfa(alice, device.serialNumber, code, at + 60_000)).ok).toBe(false)
  })

  it('is RFC 6238: the SHA-1 test vector at T = 59 s gives 287082 (6 digits of 94287082)', async () => {
    // RFC 6238 appendix B, secret "12345678901234567890" (base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ).
    expect(await authenticatorCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082')
  })
})
