import { describe, expect, it } from 'vitest'
import { currentMfaCode } from '../operations/assume/mfa-code.ts'
import type { QueryValue } from '../protocol/query-codec.ts'
import { ALICE, BOB, PRODUCTION_ROOT, ROOT_WORKLOAD, VENDOR_BOT, type TestCredentials } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { worldWith } from '../testing/test-worlds.ts'
import type { CallStep, StsScenario } from './scenario-types.ts'

const files = import.meta.glob<StsScenario>('./*/*.json', { eager: true, import: 'default' })

const PRINCIPALS: Record<string, TestCredentials> = {
  alice: ALICE,
  bob: BOB,
  root: ROOT_WORKLOAD,
  'production-root': PRODUCTION_ROOT,
  'vendor-bot': VENDOR_BOT,
}
const MFA_SEEDS: Record<string, string> = { alice: 'RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB' }

function resolveValues(value: unknown, nowMs: number): unknown {
  if (typeof value === 'string') {
    const mfa = /^\$mfa\((\w+)\)$/.exec(value)
    return mfa?.[1] && MFA_SEEDS[mfa[1]] ? currentMfaCode(MFA_SEEDS[mfa[1]] ?? '', nowMs) : value
  }
  if (Array.isArray(value)) return value.map((v) => resolveValues(v, nowMs))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValues(v, nowMs)]))
  return value
}

function worldFor(scenario: StsScenario) {
  return scenario.world ? worldWith(scenario.world) : demoWorld
}

function checkText(actual: string | undefined, expected: string, label: string) {
  if (expected.length > 1 && expected.startsWith('/') && expected.endsWith('/')) expect(actual, label).toMatch(new RegExp(expected.slice(1, -1)))
  else expect(actual, label).toBe(expected)
}

async function run(scenario: StsScenario) {
  const sts = stsTestClient(worldFor(scenario))
  const saved = new Map<string, TestCredentials>()
  for (const [index, step] of scenario.steps.entries()) {
    if ('advanceSeconds' in step) {
      sts.deps.advance(step.advanceSeconds * 1000)
      continue
    }
    const call: CallStep = step
    const credentials = saved.get(call.as) ?? PRINCIPALS[call.as]
    if (!credentials) throw new Error(`step ${index + 1}: unknown caller ${call.as}`)
    const parameters = resolveValues(call.parameters ?? {}, sts.deps.now()) as Record<string, QueryValue>
    const r = await sts.call(credentials, call.action, parameters, { ...(call.host ? { host: call.host } : {}), ...(call.region ? { region: call.region } : {}) })
    const where = `step ${index + 1} (${call.as} → ${call.action})`
    expect(r.status, `${where}: status; body:\n${r.body}`).toBe(call.expect.status)
    if (call.expect.code) expect(r.code, `${where}: code`).toBe(call.expect.code)
    if (call.expect.message !== undefined) expect(r.message, `${where}: message`).toBe(call.expect.message)
    for (const [element, text] of Object.entries(call.expect.elements ?? {})) checkText(r.text(element), text, `${where}: <${element}>`)
    for (const element of call.expect.absent ?? []) expect(r.body, `${where}: no <${element}>`).not.toContain(`<${element}>`)
    if (call.expect.decidedBy) expect(r.decidedBy, `${where}: decided by`).toBe(call.expect.decidedBy)
    if (call.save) saved.set(call.save, credentialsOf(r))
  }
}

describe('STS scenarios (src/engine/scenarios/<operation>/*.json)', () => {
  it('has scenarios', () => {
    expect(Object.keys(files).length).toBeGreaterThan(10)
  })
  it.each(Object.entries(files).map(([file, scenario]) => [file.slice(2), scenario] as const))('%s', async (_file, scenario) => {
    await run(scenario)
  })
})
