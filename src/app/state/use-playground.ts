import { useEffect, useReducer, useRef } from 'react'
import { configureEngine } from '../engine/engine-client.ts'
import { playgroundReducer, type PlaygroundState } from './playground-state.ts'
import { saveState } from './saved-state.ts'

/**
 * The playground's state, kept in step with the engine (world, session key, clock) and saved in the
 * browser a moment after each change and when the page is hidden or closed.
 */
export function usePlayground(initial: PlaygroundState, storage: Storage | undefined) {
  const [state, dispatch] = useReducer(playgroundReducer, initial)
  // Idempotent: a new engine only when the world or the session key changed.
  configureEngine(state.world, state.sessionKey, state.clockOffsetMs)

  const latest = useRef(state)
  const [saveFailed, setSaveFailed] = useReducer((_: boolean, failed: boolean) => failed, false)
  useEffect(() => {
    latest.current = state
    if (storage === undefined) return
    const timer = window.setTimeout(() => setSaveFailed(!saveState(storage, state)), 200)
    return () => window.clearTimeout(timer)
  }, [state, storage])
  useEffect(() => {
    if (storage === undefined) return
    const flush = () => saveState(storage, latest.current)
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [storage])
  return { state, dispatch, saveFailed }
}
