import { describe, expect, it } from 'vitest'
import { currentMfaCode } from '../operations/assume/mfa-code.ts'
import { T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { SavedItems } from './saved-items.ts'
import { resolveFields, resolveValue } from './step-values.ts'

const saved: SavedItems = {
  assertion: { token: 'PHNhbWw+' },
  dev: { credentials: { accessKeyId: 'ASIARTXV5AHDSESSION1', secretAccessKey: 'x'.repeat(40), sessionToken: 't' } },
}
const ALICE_SEED = demoWorld.users.find((user) => user.name === 'alice')?.mfaDevices[0]?.seedBase32 ?? ''

describe('placeholders', () => {
  it('$mfa(user): the current code of the user’s MFA device at the engine clock', async () => {
    expect(await resolveValue('$mfa(alice)', demoWorld, saved, T0)).toEqual({ ok: true, value: currentMfaCode(ALICE_SEED, T0) })
    expect(await resolveValue('$mfa(alice)', demoWorld, saved, T0 + 30_000)).toEqual({ ok: true, value: currentMfaCode(ALICE_SEED, T0 + 30_000) })
  })
  it('$saved(name) and $accessKey(name), anywhere in the text', async () => {
    expect(await resolveValue('$saved(assertion)', demoWorld, saved, T0)).toEqual({ ok: true, value: 'PHNhbWw+' })
    expect(await resolveValue('key $accessKey(dev) of alice $accessKey(alice)!', demoWorld, saved, T0)).toEqual({ ok: true, value: 'key ASIARTXV5AHDSESSION1 of alice AKIARTXV5AHDSAGTTNG7!' })
  })
  it('text without placeholders is kept as it is', async () => {
    expect(await resolveValue('$notOne(x) $mfa', demoWorld, saved, T0)).toEqual({ ok: true, value: '$notOne(x) $mfa' })
  })
  it('a placeholder that names nothing is a problem', async () => {
    expect(await resolveValue('$mfa(bob)', demoWorld, saved, T0)).toEqual({ ok: false, problem: '$mfa(bob): bob has no MFA device' })
    expect(await resolveValue('$mfa(carol)', demoWorld, saved, T0)).toEqual({ ok: false, problem: '$mfa(carol): the world has no user carol' })
    expect((await resolveValue('$saved(dev)', demoWorld, saved, T0)).ok).toBe(false)
    expect((await resolveValue('$accessKey(assertion)', demoWorld, saved, T0)).ok).toBe(false)
  })
  it('resolveFields: every field, in order', async () => {
    expect(await resolveFields({ SAMLAssertion: '$saved(assertion)', RoleSessionName: 'x' }, demoWorld, saved, T0)).toEqual({ ok: true, fields: { SAMLAssertion: 'PHNhbWw+', RoleSessionName: 'x' } })
  })
})
