import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/index.ts'
import { freshState, playgroundReducer } from './playground-state.ts'
import { memoryStorage } from './testing/memory-storage.ts'
import { BROKEN_STATE_KEY, loadState, parseSavedState, saveState, serializeState, STATE_KEY } from './saved-state.ts'

const KEY = 'A'.repeat(43) + '='


describe('saved state', () => {
  it('round-trips a state with a draft, a clock and an endpoint', () => {
    let state = freshState(KEY)
    state = playgroundReducer(state, { type: 'draft', action: { type: 'operation', operation: 'AssumeRole' } })
    state = playgroundReducer(state, { type: 'draft', action: { type: 'field', name: 'RoleSessionName', value: 'kept' } })
    state = playgroundReducer(state, { type: 'clock', offsetMs: 3_600_000 })
    state = playgroundReducer(state, { type: 'endpoint', endpoint: 'eu-west-1' })
    const parsed = parseSavedState(serializeState(state))
    expect(parsed.ok && parsed.state).toEqual(state)
  })

  it.each([
    ['not JSON', '{"format":', /not JSON/],
    ['another format', '{"format":"other","version":1}', /not playground state/],
    ['a newer version', '{"format":"sts-playground-state","version":2,"state":{}}', /version 2/],
    ['a draft for an unknown operation', JSON.stringify({ format: 'sts-playground-state', version: 1, state: { ...freshState(KEY), draft: { callerId: 'x', operation: 'Nope', fields: {} } } }), /draft\.operation/],
    ['a bad session key', JSON.stringify({ format: 'sts-playground-state', version: 1, state: { ...freshState(KEY), sessionKey: 'short' } }), /sessionKey/],
    ['a world with a bad account', JSON.stringify({ format: 'sts-playground-state', version: 1, state: { ...freshState(KEY), world: { ...demoWorld, accounts: 'none' } } }), /^world: accounts/],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const parsed = parseSavedState(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
  })

  it('moves unreadable state aside, keeps it for download, and starts from nothing', () => {
    const storage = memoryStorage({ [STATE_KEY]: '{"format":"sts-playground-state","version":1,"state":{"world":' })
    const outcome = loadState(storage, (key) => freshState(key ?? KEY))
    expect(outcome.kind).toBe('broken')
    expect(outcome.kind === 'broken' && outcome.raw).toBe('{"format":"sts-playground-state","version":1,"state":{"world":')
    expect(storage.map.get(STATE_KEY)).toBeUndefined()
    expect(storage.map.get(BROKEN_STATE_KEY)).toContain('"world":')
    expect(loadState(storage, (key) => freshState(key ?? KEY)).kind).toBe('broken') // still offered after a reload, until discarded
  })

  it('drops the oldest history when the browser is full, and reports when nothing fits', () => {
    const state = { ...freshState(KEY), history: [] }
    const small = serializeState(state).length
    expect(saveState(memoryStorage({}, small - 1), state)).toEqual({ ok: false, reason: expect.stringMatching(/^the browser's storage for this site is full \(the playground needs \d+ KiB\)$/) as unknown })
    const storage = memoryStorage({}, small + 10)
    expect(saveState(storage, state)).toEqual({ ok: true, droppedHistory: 0 })
    expect(loadState(storage, (key) => freshState(key ?? KEY))).toEqual({ kind: 'loaded', state })
  })
})
