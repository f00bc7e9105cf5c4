// Saving the playground in the browser, and reading it back without ever trusting it blindly.
import * as v from 'valibot'
import { parseWorld } from '../engine/world-model.ts'
import type { PlaygroundState } from './playground-state.ts'
import { savedStateSchema } from './state-schema.ts'
import { BROKEN_STATE_KEY, STATE_KEY } from './storage-keys.ts'

export { BROKEN_STATE_KEY, STATE_KEY }

export const STATE_FORMAT = 'sts-playground-state'
export const STATE_VERSION = 1

export type ParsedState = { ok: true; state: PlaygroundState } | { ok: false; reason: string }

export function serializeState(state: PlaygroundState): string {
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, state })
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]
  const path = (issue?.path ?? []).map((item) => String(item.key)).join('.')
  return `${path === '' ? 'the state' : path}: ${issue?.message ?? 'invalid'}`
}

/** Reads saved state text; any problem gives a reason instead of a state. Never throws. */
export function parseSavedState(text: string): ParsedState {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'the saved data is not JSON' }
  }
  if (typeof json !== 'object' || json === null || !('format' in json) || json.format !== STATE_FORMAT) {
    return { ok: false, reason: 'the saved data is not playground state' }
  }
  if (!('version' in json) || json.version !== STATE_VERSION) {
    return { ok: false, reason: `the saved data has version ${'version' in json ? String(json.version) : 'none'}; this playground reads version ${STATE_VERSION}` }
  }
  const checked = v.safeParse(savedStateSchema, 'state' in json ? json.state : undefined)
  if (!checked.success) return { ok: false, reason: firstIssue(checked.issues) }
  const world = parseWorld(checked.output.world)
  if (!world.ok) return { ok: false, reason: `world: ${world.problems[0]?.path ?? ''} ${world.problems[0]?.message ?? 'invalid'}`.trim() }
  return { ok: true, state: { ...checked.output, world: world.world } as PlaygroundState }
}


export type LoadOutcome =
  | { kind: 'none' }
  | { kind: 'loaded'; state: PlaygroundState }
  /** The saved data could not be used: it was moved to BROKEN_STATE_KEY and is offered for download. */
  | { kind: 'broken'; raw: string; reason: string }

export function loadState(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): LoadOutcome {
  const raw = storage.getItem(STATE_KEY)
  if (raw === null) {
    const broken = storage.getItem(BROKEN_STATE_KEY)
    return broken === null ? { kind: 'none' } : { kind: 'broken', raw: broken, reason: 'saved data from an earlier visit could not be read' }
  }
  const parsed = parseSavedState(raw)
  if (parsed.ok) return { kind: 'loaded', state: parsed.state }
  try {
    storage.setItem(BROKEN_STATE_KEY, raw)
    storage.removeItem(STATE_KEY)
  } catch {
    // Storage full or refused: the raw text is still offered for download from memory.
  }
  return { kind: 'broken', raw, reason: parsed.reason }
}

/**
 * Saves the state, dropping the oldest history entries while the browser says it is full.
 * Returns false when nothing could be saved.
 */
export function saveState(storage: Pick<Storage, 'setItem'>, state: PlaygroundState): boolean {
  let history = state.history
  for (;;) {
    try {
      storage.setItem(STATE_KEY, serializeState({ ...state, history }))
      return true
    } catch {
      if (history.length === 0) return false
      history = history.slice(Math.ceil(history.length / 2))
    }
  }
}
