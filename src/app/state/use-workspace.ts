import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { onOtherTabSave } from './other-tab.ts'
import type { PlaygroundState } from './playground-state.ts'
import { parseSavedState, saveState, stampOf, type SaveResult } from './saved-state.ts'
import { forgetScenario, saveScenario } from './scenario-storage.ts'
import type { Startup, Stores } from './startup.ts'
import { STATE_KEY } from './storage-keys.ts'
import type { World } from '../engine/types.ts'
import { currentState, workspaceReducer, type OpenScenario, type Workspace, type WorkspaceAction } from './workspace.ts'

/** Whether the playground is saved, and if not, why: shown where the user is looking. */
export type SaveStatus =
  | { kind: 'saved' }
  /** Saved, but without the oldest history entries, which did not fit. */
  | { kind: 'trimmed'; dropped: number }
  | { kind: 'failed'; reason: string }
  /** Another tab saved changes this tab does not have, while this tab had its own: saving here waits for the user. */
  | { kind: 'other-tab' }
  | { kind: 'off' }

const SAVE_DELAY_MS = 200

function newRevision(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function statusOf(result: SaveResult): SaveStatus {
  if (!result.ok) return { kind: 'failed', reason: result.reason }
  return result.droppedHistory > 0 ? { kind: 'trimmed', dropped: result.droppedHistory } : { kind: 'saved' }
}

/**
 * The user's own playground and the scenario beside it, each saved a moment after it changes and
 * when the page is hidden: the own one in localStorage, the scenario in this tab's sessionStorage.
 * A save that fails says why (the state stays in memory). When another tab saves the own playground,
 * this tab follows it if it had no changes of its own, and otherwise stops saving and asks.
 */
export function useWorkspace(start: Startup, stores: Stores) {
  const { local, session } = stores
  const [workspace, dispatch] = useReducer(workspaceReducer, start.workspace)
  const [status, setStatus] = useState<SaveStatus>(local === undefined ? { kind: 'off' } : { kind: 'saved' })
  const latest = useRef(workspace)
  const savedOwn = useRef<PlaygroundState>(start.workspace.own)
  const savedScenario = useRef<OpenScenario | undefined>(start.workspace.scenario)
  const known = useRef<string | undefined>(start.ownStamp?.revision)
  const waitingForUser = useRef(false)

  const saveOwn = useCallback(
    (own: PlaygroundState): SaveResult => {
      if (local === undefined) return { ok: true, droppedHistory: 0 }
      const revision = newRevision()
      const result = saveState(local, own, { revision, ...(known.current === undefined ? {} : { base: known.current }) })
      if (result.ok) {
        known.current = revision
        savedOwn.current = own
      }
      return result
    },
    [local],
  )

  const saveScenarioOf = useCallback(
    (next: Workspace): SaveResult | undefined => {
      if (session === undefined || next.scenario === savedScenario.current) return undefined
      savedScenario.current = next.scenario
      if (next.scenario === undefined) {
        forgetScenario(session)
        return undefined
      }
      return saveScenario(session, next.scenario)
    },
    [session],
  )

  /** Saves whatever changed; the status reports the last save made. */
  const saveChanges = useCallback(
    (next: Workspace) => {
      const results: SaveResult[] = []
      const scenarioResult = saveScenarioOf(next)
      if (scenarioResult) results.push(scenarioResult)
      if (next.own !== savedOwn.current && !waitingForUser.current) results.push(saveOwn(next.own))
      const failed = results.find((result) => !result.ok)
      if (failed || results.length > 0) setStatus(statusOf(failed ?? results[results.length - 1]!))
    },
    [saveOwn, saveScenarioOf],
  )

  useEffect(() => {
    latest.current = workspace
    const timer = window.setTimeout(() => saveChanges(workspace), SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [workspace, saveChanges])

  useEffect(() => {
    const flush = () => saveChanges(latest.current)
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [saveChanges])

  // Another tab saved the own playground.
  useEffect(() => {
    if (local === undefined) return
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== local || event.key !== STATE_KEY || event.newValue === null) return
      // Read once: a save that cannot be read cannot be followed (its stamp is then unknown, and the tab asks).
      const parsed = parseSavedState(event.newValue)
      const stamp = parsed.ok ? parsed.stamp : undefined
      const decision = onOtherTabSave(stamp, { known: known.current, changedHere: latest.current.own !== savedOwn.current, waiting: waitingForUser.current })
      if (decision === 'follow' && parsed.ok && stamp) {
        savedOwn.current = parsed.state
        known.current = stamp.revision
        dispatch({ type: 'adopt-own', state: parsed.state })
        return
      }
      waitingForUser.current = true
      setStatus({ kind: 'other-tab' })
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [local])

  /** Settles a clash with another tab: load what it saved, or save this tab's playground over it. */
  const settleOtherTab = useCallback(
    (keep: 'theirs' | 'mine') => {
      if (local === undefined) return
      const raw = local.getItem(STATE_KEY)
      known.current = raw === null ? undefined : stampOf(raw)?.revision
      waitingForUser.current = false
      const parsed = raw === null ? undefined : parseSavedState(raw)
      if (keep === 'theirs' && parsed?.ok) {
        savedOwn.current = parsed.state
        dispatch({ type: 'adopt-own', state: parsed.state })
        setStatus({ kind: 'saved' })
      } else setStatus(statusOf(saveOwn(latest.current.own)))
    },
    [local, saveOwn],
  )

  /**
   * Replaces the world, but only once the result is saved (or saving is off or waiting for the user):
   * a world the browser cannot hold is refused with the reason, and nothing changes.
   */
  const importWorld = useCallback(
    (world: World): SaveResult => {
      const next = workspaceReducer(latest.current, { type: 'world', world })
      const result = next.scenario !== undefined ? (session === undefined ? undefined : saveScenario(session, next.scenario)) : waitingForUser.current ? undefined : saveOwn(next.own)
      if (result !== undefined && !result.ok) return result
      // The very state that was saved becomes the workspace, so the save-on-change does not save it again.
      if (next.scenario !== undefined) {
        savedScenario.current = next.scenario
        dispatch({ type: 'open-scenario', scenario: next.scenario })
      } else dispatch({ type: 'adopt-own', state: next.own })
      latest.current = next
      if (result !== undefined) setStatus(statusOf(result))
      return result ?? { ok: true, droppedHistory: 0 }
    },
    [saveOwn, session],
  )

  const state = currentState(workspace)
  return { workspace, state, dispatch: dispatch as (action: WorkspaceAction) => void, status, settleOtherTab, importWorld }
}
