import { useSyncExternalStore } from 'react'
import type { World } from '../../engine/types.ts'

/**
 * The worlds before the last edits of the World view, newest last, with what each edit was. It lives
 * for the page's lifetime, outside the view, so an edit can be undone after trying it in the
 * workbench. Only the World view's edits are kept; the saved world is what the state holds.
 */
export interface UndoEntry {
  before: World
  /** "Apply role Admin", "Delete user bob". */
  what: string
}

/** Enough to step back through a session of edits; a world can be large, so not unbounded. */
const UNDO_LIMIT = 20

let entries: readonly UndoEntry[] = []
const listeners = new Set<() => void>()
const changed = () => listeners.forEach((listener) => listener())

export function rememberBefore(entry: UndoEntry): void {
  entries = [...entries, entry].slice(-UNDO_LIMIT)
  changed()
}

/** Takes the newest entry off: the caller puts its world back. */
export function takeLastUndo(): UndoEntry | undefined {
  const last = entries.at(-1)
  if (last !== undefined) {
    entries = entries.slice(0, -1)
    changed()
  }
  return last
}

export function useUndoEntries(): readonly UndoEntry[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => entries,
  )
}
