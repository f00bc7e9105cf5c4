// An open scenario is kept in the tab's session storage: a reload of the tab comes back to it, another
// tab (or a new visit) starts from the user's own playground, and two tabs never share one.
import * as v from 'valibot'
import type { PlaygroundState } from './playground-state.ts'
import { parseSavedState, saveState, type SaveResult } from './saved-state.ts'
import { SCENARIO_KEY } from './storage-keys.ts'
import type { OpenScenario, ScenarioSource } from './workspace.ts'

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const sourceSchema = v.variant('kind', [
  v.object({ kind: v.literal('share-link'), carriesWorld: v.boolean() }),
  v.object({ kind: v.literal('lesson'), id: v.pipe(v.string(), v.maxLength(200)), title: v.pipe(v.string(), v.maxLength(500)) }),
])

const SOURCE_SUFFIX = '/source'

export function saveScenario(session: SessionStore, scenario: OpenScenario): SaveResult {
  try {
    session.setItem(SCENARIO_KEY + SOURCE_SUFFIX, JSON.stringify(scenario.source))
  } catch {
    // The state's own save below says why.
  }
  return saveState(session, scenario.state, undefined, SCENARIO_KEY)
}

export function forgetScenario(session: SessionStore): void {
  try {
    session.removeItem(SCENARIO_KEY)
    session.removeItem(SCENARIO_KEY + SOURCE_SUFFIX)
  } catch {
    // Nothing to forget where the browser refuses storage.
  }
}

/** The scenario this tab had open before a reload, if it can still be read (one that cannot is forgotten). */
export function loadScenario(session: SessionStore): OpenScenario | undefined {
  try {
    const raw = session.getItem(SCENARIO_KEY)
    const rawSource = session.getItem(SCENARIO_KEY + SOURCE_SUFFIX)
    if (raw === null || rawSource === null) return undefined
    const parsed = parseSavedState(raw)
    const source = v.safeParse(sourceSchema, JSON.parse(rawSource))
    if (parsed.ok && source.success) return { source: source.output as ScenarioSource, state: parsed.state satisfies PlaygroundState }
  } catch {
    // Unreadable: forgotten below.
  }
  forgetScenario(session)
  return undefined
}
