// What a lesson's steps saved under a name (issued credentials, minted tokens), per scenario (its
// session key), for the steps that follow: kept in the tab's sessionStorage, beside the scenario.
import type { SavedItems } from '../engine/lessons.ts'
import { SCENARIO_KEY } from './storage-keys.ts'

const KEY = `${SCENARIO_KEY}/lesson-saved`

type SessionStore = Pick<Storage, 'getItem' | 'setItem'>

function sessionStore(): SessionStore | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

let memory: { sessionKey: string; saved: SavedItems } | undefined

/** The items saved in the scenario sealed with this key; none when it is another scenario's. */
export function savedFor(sessionKey: string, store: SessionStore | undefined = sessionStore()): SavedItems {
  if (memory?.sessionKey === sessionKey) return memory.saved
  try {
    const raw = store?.getItem(KEY)
    const parsed: unknown = raw == null ? undefined : JSON.parse(raw)
    if (typeof parsed === 'object' && parsed !== null && (parsed as { sessionKey?: unknown }).sessionKey === sessionKey) {
      const saved = (parsed as { saved?: unknown }).saved
      if (typeof saved === 'object' && saved !== null && !Array.isArray(saved)) return saved as SavedItems
    }
  } catch {
    // Unreadable: nothing saved.
  }
  return {}
}

export function keepSaved(sessionKey: string, saved: SavedItems, store: SessionStore | undefined = sessionStore()): void {
  memory = { sessionKey, saved }
  try {
    store?.setItem(KEY, JSON.stringify({ sessionKey, saved }))
  } catch {
    // Kept in memory for this visit.
  }
}
