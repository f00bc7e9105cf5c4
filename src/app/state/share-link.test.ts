import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/index.ts'
import { freshState, playgroundReducer } from './playground-state.ts'
import { applyScenario, decodeScenario, encodeScenario, scenarioOf } from './share-link.ts'

const KEY = 'A'.repeat(43) + '='
const LONG_TERM = new Set(['AKIARTXV5AHDSAGTTNG7'])

describe('share links', () => {
  it('carry the request, endpoint and clock, and no world when it is the demo world', async () => {
    let state = playgroundReducer(freshState(KEY), { type: 'draft', action: { type: 'operation', operation: 'AssumeRole' } })
    state = playgroundReducer(state, { type: 'draft', action: { type: 'field', name: 'RoleSessionName', value: 'shared' } })
    state = { ...state, clockOffsetMs: 43_200_000, endpoint: 'eu-west-1' }
    const scenario = scenarioOf(state, LONG_TERM)
    expect(scenario.world).toBeUndefined()
    const text = await encodeScenario(scenario)
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/)
    const decoded = await decodeScenario(text)
    expect(decoded).toEqual({ ok: true, scenario })
    const opened = applyScenario(freshState(KEY), scenario, 'fallback')
    expect([opened.draft, opened.endpoint, opened.clockOffsetMs]).toEqual([state.draft, 'eu-west-1', 43_200_000])
  })

  it('carry a changed world, validated again when opened', async () => {
    const world = { ...demoWorld, name: 'Changed world' }
    const scenario = scenarioOf({ ...freshState(KEY), world }, LONG_TERM)
    const decoded = await decodeScenario(await encodeScenario(scenario))
    expect(decoded.ok && decoded.scenario.world?.name).toBe('Changed world')
  })

  it('never carry wallet credentials: a wallet caller becomes the fallback caller', async () => {
    const state = playgroundReducer(freshState(KEY), { type: 'use-as-caller', accessKeyId: 'ASIAEXAMPLE' })
    const decoded = await decodeScenario(await encodeScenario(scenarioOf(state, LONG_TERM)))
    if (!decoded.ok) throw new Error(decoded.reason)
    expect(JSON.stringify(decoded.scenario)).not.toContain('ASIAEXAMPLE')
    expect(applyScenario(freshState(KEY), decoded.scenario, 'AKIARTXV5AHDSAGTTNG7').draft.callerId).toBe('AKIARTXV5AHDSAGTTNG7')
  })

  it.each([
    ['an unknown version', '2.abc', /version "2"/],
    ['no version', 'abc', /version ""/],
    ['a cut-short link', '1.q1YqSs1RslJKVNJRK', /damaged/],
    ['not base64', '1.!!!', /damaged/],
  ])('refuse %s without throwing', async (_name, text, reason) => {
    const decoded = await decodeScenario(text)
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) expect(decoded.reason).toMatch(reason)
  })

  it('refuse a link whose world is invalid', async () => {
    const text = await encodeScenario({ world: { ...demoWorld, accounts: [] } as never, draft: freshState(KEY).draft, endpoint: 'global', clockOffsetMs: 0 })
    const decoded = await decodeScenario(text)
    expect(decoded.ok).toBe(false)
  })
})
