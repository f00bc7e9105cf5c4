// The Compare view's table for the demo world, computed in process: every experiment the table runs
// (about 170 requests, a SAML assertion signed and verified, ID tokens, permission checks).
// Each iteration is a second later on the engine clock, so nothing is reused from the one before.
import { webcrypto } from 'node:crypto'
import { compareApiOptions, demoWorld, type Hashing } from '../src/engine/index.ts'
import { T0 } from '../src/engine/testing/sign-request.ts'

export function compareCase(hashing: Hashing | undefined) {
  let second = 0
  // One session key, as the app's engine has for its lifetime.
  const sessionKey = new Uint8Array(32).fill(7)
  const run = () => compareApiOptions({ world: demoWorld, sessionKey, nowMs: T0 + ++second * 1000, webCrypto: webcrypto, ...(hashing ? { hashing } : {}) })
  return {
    name: 'Compare: the whole comparison table for the demo world (goal: at most 50 ms)',
    run,
    async check(): Promise<void> {
      const table = await run()
      const assumeRole = table.rows.find((row) => row.operation === 'AssumeRole')?.lifetime.find((line) => line.line === 'standard')
      if (table.rows.length !== 7 || assumeRole?.max !== 43200) throw new Error(`Compare: unexpected table (${table.rows.length} rows, AssumeRole max ${assumeRole?.max})`)
    },
  }
}
