import { describe, expect, it } from 'vitest'
import { freshState, playgroundReducer } from './playground-state.ts'
import { serializeState, STATE_KEY } from './saved-state.ts'
import { encodeScenario, scenarioOf } from './share-link.ts'
import { startPlayground } from './startup.ts'

const KEY = 'B'.repeat(43) + '='
const newKey = () => KEY

function storageWith(items: Record<string, string>) {
  const map = new Map(Object.entries(items))
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) }
}

describe('startup', () => {
  it('starts fresh on the demo world with nothing saved', async () => {
    const start = await startPlayground('', storageWith({}), newKey)
    expect(start.state).toEqual(freshState(KEY))
    expect(start.notices).toEqual([])
  })

  it('a share link wins over the saved draft but keeps the saved wallet key', async () => {
    const saved = playgroundReducer(freshState('C'.repeat(43) + '='), { type: 'draft', action: { type: 'operation', operation: 'GetSessionToken' } })
    const shared = playgroundReducer(freshState(KEY), { type: 'draft', action: { type: 'operation', operation: 'AssumeRole' } })
    const hash = `#share=${await encodeScenario(scenarioOf({ ...shared, clockOffsetMs: 900_000 }, new Set(['AKIARTXV5AHDSAGTTNG7'])))}`
    const start = await startPlayground(hash, storageWith({ [STATE_KEY]: serializeState(saved) }), newKey)
    expect(start.state.draft.operation).toBe('AssumeRole')
    expect(start.state.clockOffsetMs).toBe(900_000)
    expect(start.state.sessionKey).toBe(saved.sessionKey)
    expect(start.notices).toEqual([{ kind: 'share-opened' }])
    expect(start.hadShareLink).toBe(true)
  })

  it('a damaged share link changes nothing and says why', async () => {
    const saved = playgroundReducer(freshState(KEY), { type: 'draft', action: { type: 'operation', operation: 'GetSessionToken' } })
    const start = await startPlayground('#share=1.garbage', storageWith({ [STATE_KEY]: serializeState(saved) }), newKey)
    expect(start.state).toEqual(saved)
    expect(start.notices[0]?.kind).toBe('share-refused')
  })

  it('corrupt saved state starts on the demo world, says so and keeps the data', async () => {
    const start = await startPlayground('', storageWith({ [STATE_KEY]: '{broken' }), newKey)
    expect(start.state).toEqual(freshState(KEY))
    expect(start.notices).toEqual([{ kind: 'recovered', reason: 'the saved data is not JSON', raw: '{broken' }])
  })

  it('without storage, says the work will not be kept', async () => {
    expect((await startPlayground('', undefined, newKey)).notices).toEqual([{ kind: 'storage-off' }])
  })
})
