import { useEffect, useReducer, useRef } from 'react'
import { playgroundReducer, type PlaygroundState } from './playground-state.ts'
import { saveState } from './saved-state.ts'

/**
 * The playground's state, saved in the browser a moment after each change and when the page is
 * hidden or closed.
 */
export function usePlayground(initial: PlaygroundState, storage: Storage | undefined) {
  const [state, dispatch] = useReducer(playgroundReducer, initial)

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
