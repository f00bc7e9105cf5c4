// Running lesson steps through the engine host: opening a scenario prepared by steps (a lesson's
// setup, a challenge's show-me), and running steps in the playground that is open (a worked answer,
// the lab). Every attempt is recorded as a history entry; what steps save is kept for the next ones.
import { useCallback } from 'react'
import { newSessionKey } from '../../engine/engine-client.ts'
import type { LessonRun } from '../../engine/engine-host.ts'
import { useEngineClient, useEngineClientMaker } from '../../engine/engine-provider.tsx'
import { lessonWorld, type LessonStep, type SavedItems, type WorldChange } from '../../engine/lessons.ts'
import { keepSaved, savedFor } from '../../state/lesson-saved.ts'
import { runActions, scenarioState, withRun } from '../../state/lesson-run.ts'
import type { World } from '../../engine/types.ts'
import type { PlaygroundState } from '../../state/playground-state.ts'
import type { ScenarioSource, WorkspaceAction } from '../../state/workspace.ts'

export type Ran = { ok: true; run: LessonRun } | { ok: false; problem: string }

function problemOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Opens a scenario on a lesson's world, after running its first steps there. */
export function useOpenLessonScenario(dispatch: (action: WorkspaceAction) => void) {
  const makeClient = useEngineClientMaker()
  return useCallback(
    async (source: ScenarioSource, changes: readonly WorldChange[] | undefined, steps: readonly LessonStep[]): Promise<Ran> => {
      const built = lessonWorld(changes === undefined ? [] : [...changes], { nowMs: Date.now() })
      if (!built.ok) return { ok: false, problem: built.problems.join('; ') }
      const sessionKey = newSessionKey()
      const client = makeClient(built.world, sessionKey)
      try {
        const run: LessonRun = steps.length === 0 ? { attempts: [], saved: {}, clockOffsetMs: 0 } : await client.runLessonSteps([...steps], {}, 0)
        keepSaved(sessionKey, run.saved)
        dispatch({ type: 'open-scenario', scenario: { source, state: withRun(scenarioState(built.world, sessionKey), run) } })
        return { ok: true, run }
      } catch (error) {
        return { ok: false, problem: problemOf(error) }
      } finally {
        client.close()
      }
    },
    [dispatch, makeClient],
  )
}

/** Runs steps in the playground shown now (the lesson's), recording what they send. */
export function useRunInPlayground(state: PlaygroundState, dispatch: (action: WorkspaceAction) => void) {
  const client = useEngineClient()
  const makeClient = useEngineClientMaker()
  const { sessionKey, clockOffsetMs } = state
  return useCallback(
    /** `world`: a world just dispatched (a worked answer's edits), which the steps must already see. */
    async (steps: readonly LessonStep[], extra: SavedItems = {}, world?: World): Promise<Ran> => {
      const runner = world === undefined ? client : makeClient(world, sessionKey)
      try {
        const run = await runner.runLessonSteps([...steps], { ...savedFor(sessionKey), ...extra }, clockOffsetMs)
        for (const action of runActions(run)) dispatch(action)
        keepSaved(sessionKey, run.saved)
        return { ok: true, run }
      } catch (error) {
        return { ok: false, problem: problemOf(error) }
      } finally {
        if (runner !== client) runner.close()
      }
    },
    [client, makeClient, sessionKey, clockOffsetMs, dispatch],
  )
}
