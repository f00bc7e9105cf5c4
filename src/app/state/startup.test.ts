import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/index.ts'
import { freshState, playgroundReducer } from './playground-state.ts'
import { BROKEN_STATE_KEY, serializeState, STATE_KEY } from './saved-state.ts'
import { saveScenario } from './scenario-storage.ts'
import { encodeScenario, scenarioOf } from './share-link.ts'
import { openShareLink, startPlayground } from './startup.ts'
import { currentState, workspaceReducer } from './workspace.ts'
import { memoryStorage } from './testing/memory-storage.ts'

const KEY = 'B'.repeat(43) + '='
const newKey = () => KEY
const ALICE = new Set(['AKIARTXV5AHDSAGTTNG7'])

const storageWith = (items: Record<string, string> = {}) => memoryStorage(items)

const myWorld = { ...demoWorld, name: 'My own world' }
const mine = playgroundReducer({ ...freshState('C'.repeat(43) + '='), world: myWorld }, { type: 'draft', action: { type: 'operation', operation: 'GetSessionToken' } })

async function linkTo(state: typeof mine) {
  return `#share=${await encodeScenario(scenarioOf(state, ALICE))}`
}

describe('startup', () => {
  it('starts fresh on the demo world with nothing saved', async () => {
    const start = await startPlayground('', { local: storageWith(), session: storageWith() }, newKey)
    expect(start.workspace).toEqual({ own: freshState(KEY) })
    expect(start.notices).toEqual([])
  })

  // Issue [7], problem 2: a share link used to replace the recipient's saved world, with no undo.
  it('opens a share link as a scenario beside the saved playground, which stays as it was', async () => {
    const shared = playgroundReducer({ ...freshState(KEY), world: { ...demoWorld, name: 'Shared world' } }, { type: 'draft', action: { type: 'operation', operation: 'AssumeRole' } })
    const local = storageWith({ [STATE_KEY]: serializeState(mine) })
    const start = await startPlayground(await linkTo({ ...shared, clockOffsetMs: 900_000 }), { local, session: storageWith() }, newKey)
    expect(start.workspace.own).toEqual(mine)
    const scenario = start.workspace.scenario
    expect(scenario?.source).toEqual({ kind: 'share-link', carriesWorld: true })
    expect([scenario?.state.world.name, scenario?.state.draft.operation, scenario?.state.clockOffsetMs]).toEqual(['Shared world', 'AssumeRole', 900_000])
    expect(scenario?.state.sessionKey).toBe(mine.sessionKey) // the wallet's credentials stay valid in the scenario
    expect(local.map.get(STATE_KEY)).toBe(serializeState(mine))
    expect(start.hadShareLink).toBe(true)
    // Back to my playground: exactly my own state.
    expect(currentState(workspaceReducer(start.workspace, { type: 'leave-scenario' }))).toEqual(mine)
  })

  it('a share link that carries no world leaves the world alone', async () => {
    const shared = playgroundReducer(freshState(KEY), { type: 'draft', action: { type: 'operation', operation: 'AssumeRole' } })
    const start = await startPlayground(await linkTo(shared), { local: storageWith({ [STATE_KEY]: serializeState(mine) }), session: storageWith() }, newKey)
    expect(start.workspace.scenario?.source).toEqual({ kind: 'share-link', carriesWorld: false })
    expect(start.workspace.scenario?.state.world.name).toBe('My own world')
    expect(start.workspace.scenario?.state.draft.operation).toBe('AssumeRole')
  })

  it('a reload comes back to the scenario the tab had open', async () => {
    const session = storageWith()
    const scenarioState = { ...mine, world: { ...demoWorld, name: 'Lesson world' } }
    saveScenario(session, { source: { kind: 'lesson', id: 'durations', title: 'Durations' }, state: scenarioState })
    const start = await startPlayground('', { local: storageWith({ [STATE_KEY]: serializeState(mine) }), session }, newKey)
    expect(start.workspace).toEqual({ own: mine, scenario: { source: { kind: 'lesson', id: 'durations', title: 'Durations' }, state: scenarioState } })
  })

  it('a damaged share link changes nothing and says why', async () => {
    const start = await startPlayground('#share=1.garbage', { local: storageWith({ [STATE_KEY]: serializeState(mine) }), session: storageWith() }, newKey)
    expect(start.workspace).toEqual({ own: mine })
    expect(start.notices[0]?.kind).toBe('share-refused')
  })

  it('a link opened later in the running tab opens from the own playground, replacing an open scenario', async () => {
    const first = await openShareLink({ own: mine }, await linkTo({ ...mine, clockOffsetMs: 60_000 }))
    if (!first.ok) throw new Error('the first link did not open')
    const second = await openShareLink(first.workspace, await linkTo({ ...mine, clockOffsetMs: 120_000 }))
    expect(second.ok && second.workspace.own).toEqual(mine)
    expect(second.ok && second.workspace.scenario?.state.clockOffsetMs).toBe(120_000)
  })

  it('corrupt saved state starts on the demo world, says so and keeps the data', async () => {
    const start = await startPlayground('', { local: storageWith({ [STATE_KEY]: '{broken' }), session: undefined }, newKey)
    expect(start.workspace).toEqual({ own: freshState(KEY) })
    expect(start.notices).toEqual([{ kind: 'recovered', reason: 'the saved data is not JSON', raw: '{broken', worldKept: false }])
  })

  // Issue [7], problem 4: unreadable saved state used to set a valid world aside with the rest.
  it('saved state with one bad part keeps its valid world and session key', async () => {
    const raw = JSON.stringify({ format: 'sts-playground-state', version: 1, state: { ...mine, clockOffsetMs: 1e300 } })
    const local = storageWith({ [STATE_KEY]: raw })
    const start = await startPlayground('', { local, session: undefined }, newKey)
    expect(start.workspace.own.world).toEqual(myWorld)
    expect(start.workspace.own.sessionKey).toBe(mine.sessionKey)
    expect(start.workspace.own.clockOffsetMs).toBe(0)
    expect(start.notices).toEqual([{ kind: 'recovered', reason: expect.stringMatching(/^clockOffsetMs: at most 100 years ahead/) as unknown, raw, worldKept: true }])
    expect(local.map.get(BROKEN_STATE_KEY)).toBe(raw)
  })

  it('without storage, says the work will not be kept', async () => {
    expect((await startPlayground('', { local: undefined, session: undefined }, newKey)).notices).toEqual([{ kind: 'storage-off' }])
  })
})
