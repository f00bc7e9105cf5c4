import type { World } from '../world/world-schema.ts'
import { demoWorld } from '../world/demo-world.ts'
import { parseWorld } from '../world/parse-world.ts'
import type { WorldChange } from './lesson-types.ts'
import { isoSeconds } from '../iso-seconds.ts'

export type LessonWorldResult = { ok: true; world: World } | { ok: false; problems: string[] }

type Item = Record<string, unknown>

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every field of `match` equal (as text) to the item's field of that name. */
function matches(item: unknown, match: Readonly<Record<string, string>>): boolean {
  return isItem(item) && Object.entries(match).every(([key, value]) => item[key] === value)
}

function describe(change: WorldChange, index: number): string {
  if (!isItem(change)) return `world change ${index + 1}`
  if ('set' in change) return `world change ${index + 1} (set ${change.set})`
  const verb = 'merge' in change ? 'merge' : 'remove'
  const collection = 'merge' in change ? change.merge : change.remove
  return `world change ${index + 1} (${verb} ${collection} ${JSON.stringify(change.match)})`
}

const NOW = /^\$now\(([+-]\d{1,9})\)$/

/**
 * The change with every `$now(+300)` / `$now(-60)` string replaced by that instant (the engine
 * clock plus the seconds given) as IAM writes it, e.g. `2026-01-01T00:05:00Z`: a revocation time or
 * a date condition set relative to when the lesson opens. Without a clock such a value is a problem.
 */
function resolveNow(value: unknown, nowMs: number | undefined): unknown {
  if (typeof value === 'string') {
    const found = NOW.exec(value)
    if (found === null) return value
    if (nowMs === undefined) throw new Error(`${value} needs the engine clock`)
    return isoSeconds(nowMs + Number(found[1]) * 1000)
  }
  if (Array.isArray(value)) return value.map((item) => resolveNow(item, nowMs))
  if (isItem(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveNow(item, nowMs)]))
  return value
}

/** Applies one change to the copy in place, or says why it cannot. */
function apply(world: Item, change: WorldChange): string | undefined {
  if ('set' in change) {
    if (typeof change.set !== 'string' || change.set === '') return 'set needs a top-level key'
    world[change.set] = structuredClone(change.value)
    return undefined
  }
  const name = 'merge' in change ? change.merge : change.remove
  const list = world[name]
  if (!Array.isArray(list)) return `the world has no list ${String(name)}`
  if (!isItem(change.match) || Object.keys(change.match).length === 0) return 'match must name at least one field'
  if ('merge' in change) {
    if (!isItem(change.value)) return 'value must be an object'
    const at = list.findIndex((item) => matches(item, change.match))
    const value = structuredClone(change.value)
    if (at === -1) list.push(value)
    else list[at] = { ...(list[at] as Item), ...value }
    return undefined
  }
  const kept = list.filter((item) => !matches(item, change.match))
  if (kept.length === list.length) return 'no item matches'
  world[name] = kept
  return undefined
}

/**
 * The world a lesson or a show-me starts on: the changes applied in order over a copy of the demo
 * world (the demo world itself is never touched), then validated like any world file (parseWorld).
 * `base` instead of the demo world: a worked answer's edits over the world as the learner left it.
 * String values `$now(±seconds)` are instants relative to `options.nowMs` (the engine clock when the
 * lesson opens). Never throws: a change that cannot apply, or a world that is not valid, is a problem in words.
 */
export function lessonWorld(changes: readonly WorldChange[] = [], options: { nowMs?: number; base?: World } = {}): LessonWorldResult {
  const copy = structuredClone(options.base ?? demoWorld) as unknown as Item
  const problems: string[] = []
  changes.forEach((change, index) => {
    try {
      const why = isItem(change) ? apply(copy, resolveNow(change, options.nowMs) as WorldChange) : 'not an object'
      if (why !== undefined) problems.push(`${describe(change, index)}: ${why}`)
    } catch (error) {
      problems.push(`${describe(change, index)}: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  if (problems.length > 0) return { ok: false, problems }
  const parsed = parseWorld(copy)
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((problem) => `${problem.path}: ${problem.message}`) }
  return { ok: true, world: parsed.world }
}
