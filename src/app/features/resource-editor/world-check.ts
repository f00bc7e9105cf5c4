import { parseWorld } from '../../engine/world-model.ts'
import type { World, WorldProblem } from '../../engine/types.ts'

/** What an edit would make of the world: the world to apply, or why it cannot be applied. */
export type WorldCheck = { ok: true; world: World } | { ok: false; problems: WorldProblem[] }

/**
 * Checks a world the editor made: the editor's own `extra` problems (text that is not JSON, a tag
 * key typed twice) first, then the engine's parseWorld. On success it hands back the world
 * it was given, not parseWorld's copy, which drops fields the schema does not know.
 */
export function checkWorld(world: World, extra: readonly WorldProblem[] = []): WorldCheck {
  const parsed = parseWorld(world)
  const problems = [...extra, ...(parsed.ok ? [] : parsed.problems)]
  return problems.length === 0 ? { ok: true, world } : { ok: false, problems }
}

/** True when a problem is at `path` or inside it (`resources.s3Buckets[0]` holds `resources.s3Buckets[0].name`). */
export function hasProblemAt(problems: readonly WorldProblem[], path: string): boolean {
  return problems.some((problem) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`))
}

/** True when two values hold the same data (key order included): nothing to apply. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
