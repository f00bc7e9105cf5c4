// Saving the playground in the browser, and reading it back without ever trusting it blindly.
import * as v from 'valibot'
import { parseWorld } from '../engine/world-model.ts'
import type { PlaygroundState } from './playground-state.ts'
import { savedStateSchema } from './state-schema.ts'
import { BROKEN_STATE_KEY, STATE_KEY } from './storage-keys.ts'
import { SAVED_STATE_MAX_CHARS, sizeText } from './state-limits.ts'

export { BROKEN_STATE_KEY, STATE_KEY }

export const STATE_FORMAT = 'sts-playground-state'
export const STATE_VERSION = 1

export type ParsedState = { ok: true; state: PlaygroundState; stamp?: SaveStamp } | { ok: false; reason: string }

/**
 * Which save this is and which save it was made on top of: how a tab tells that another tab's save
 * follows from its own (it can simply follow it) or that both changed the playground (it must ask).
 */
export interface SaveStamp {
  revision: string
  base?: string
}

export function serializeState(state: PlaygroundState, stamp?: SaveStamp): string {
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...stamp, state })
}

/** The stamp of saved text (undefined for text saved before stamps, or not state at all). Never throws. */
export function stampOf(text: string): SaveStamp | undefined {
  try {
    return stampIn(JSON.parse(text))
  } catch {
    return undefined
  }
}

function stampIn(json: unknown): SaveStamp | undefined {
  if (typeof json !== 'object' || json === null || !('revision' in json) || typeof json.revision !== 'string') return undefined
  return { revision: json.revision, ...('base' in json && typeof json.base === 'string' ? { base: json.base } : {}) }
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]
  const path = (issue?.path ?? []).map((item) => String(item.key)).join('.')
  return `${path === '' ? 'the state' : path}: ${issue?.message ?? 'invalid'}`
}

/** Reads saved state text; any problem gives a reason instead of a state. Never throws. */
export function parseSavedState(text: string): ParsedState {
  if (text.length > SAVED_STATE_MAX_CHARS) return { ok: false, reason: `the saved data is ${sizeText(text.length)}, more than the ${sizeText(SAVED_STATE_MAX_CHARS)} this playground reads` }
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
    const version = 'version' in json ? json.version : undefined
    const shown = typeof version === 'number' || typeof version === 'string' ? JSON.stringify(version).slice(0, 40) : version === undefined ? 'none' : `of type ${version === null ? 'null' : typeof version}`
    return { ok: false, reason: `the saved data has version ${shown}; this playground reads version ${STATE_VERSION}` }
  }
  const checked = v.safeParse(savedStateSchema, 'state' in json ? json.state : undefined)
  if (!checked.success) return { ok: false, reason: firstIssue(checked.issues) }
  const world = parseWorld(checked.output.world)
  if (!world.ok) return { ok: false, reason: `world: ${world.problems[0]?.path ?? ''} ${world.problems[0]?.message ?? 'invalid'}`.trim() }
  const stamp = stampIn(json)
  return { ok: true, state: { ...checked.output, world: world.world } as PlaygroundState, ...(stamp ? { stamp } : {}) }
}


/**
 * From saved text that cannot be read as a whole, the parts that can: a valid world and session key
 * (issued credentials stay valid), with a fresh request, wallet and history. Undefined when the world
 * itself is unreadable. Never throws.
 */
export function salvageWorld(text: string, fresh: (sessionKey?: string) => PlaygroundState): PlaygroundState | undefined {
  if (text.length > SAVED_STATE_MAX_CHARS) return undefined
  try {
    const json: unknown = JSON.parse(text)
    const state: unknown = typeof json === 'object' && json !== null && 'state' in json ? json.state : undefined
    if (typeof state !== 'object' || state === null || !('world' in state)) return undefined
    const world = parseWorld(state.world)
    if (!world.ok) return undefined
    const key = v.safeParse(savedStateSchema.entries.sessionKey, 'sessionKey' in state ? state.sessionKey : undefined)
    return { ...fresh(key.success ? key.output : undefined), world: world.world }
  } catch {
    return undefined
  }
}

export type LoadOutcome =
  | { kind: 'none' }
  | { kind: 'loaded'; state: PlaygroundState; stamp?: SaveStamp }
  /**
   * The saved data could not be used as a whole: it was moved to BROKEN_STATE_KEY and is offered for
   * download. `salvaged` is its world when that part is valid (it is never thrown away with the rest).
   */
  | { kind: 'broken'; raw: string; reason: string; salvaged?: PlaygroundState }

export function loadState(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, fresh: (sessionKey?: string) => PlaygroundState): LoadOutcome {
  const raw = storage.getItem(STATE_KEY)
  if (raw === null) {
    const broken = storage.getItem(BROKEN_STATE_KEY)
    return broken === null ? { kind: 'none' } : { kind: 'broken', raw: broken, reason: 'saved data from an earlier visit could not be read' }
  }
  const parsed = parseSavedState(raw)
  if (parsed.ok) {
    return { kind: 'loaded', state: parsed.state, ...(parsed.stamp ? { stamp: parsed.stamp } : {}) }
  }
  const salvaged = salvageWorld(raw, fresh)
  try {
    storage.setItem(BROKEN_STATE_KEY, raw)
    if (salvaged) storage.setItem(STATE_KEY, serializeState(salvaged))
    else storage.removeItem(STATE_KEY)
  } catch {
    // Storage full or refused: the raw text is still offered for download from memory.
  }
  return { kind: 'broken', raw, reason: parsed.reason, ...(salvaged ? { salvaged } : {}) }
}

export type SaveResult =
  | { ok: true; /** History entries left out to fit (the oldest). */ droppedHistory: number }
  | { ok: false; reason: string }

function whyNotSaved(error: unknown, size: number): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return `the browser's storage for this site is full (the playground needs ${sizeText(size * 2)})`
  if (name === 'SecurityError') return 'the browser does not let this site save'
  return `the browser refused to save (${error instanceof Error ? error.message : String(error)})`
}

/**
 * Saves the state under `key`, dropping the oldest history entries while the browser says it is
 * full. Never throws: a failure gives its reason (and whatever was saved before stays as it was).
 */
export function saveState(storage: Pick<Storage, 'setItem'>, state: PlaygroundState, stamp?: SaveStamp, key: string = STATE_KEY): SaveResult {
  let history = state.history
  for (;;) {
    const text = serializeState({ ...state, history }, stamp)
    try {
      storage.setItem(key, text)
      return { ok: true, droppedHistory: state.history.length - history.length }
    } catch (error) {
      if (history.length === 0) return { ok: false, reason: whyNotSaved(error, text.length) }
      history = history.slice(Math.ceil(history.length / 2))
    }
  }
}
