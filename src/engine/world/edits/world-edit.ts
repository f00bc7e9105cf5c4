import { parseWorld } from '../parse-world.ts'
import type { WorldProblem } from '../world-problem.ts'
import type { World } from '../world-schema.ts'

/** The kinds of world entities the World view can rename or delete. */
export type EntityKind = 'account' | 'user' | 'role' | 'managedPolicy' | 'scp' | 'rcp' | 'bucket' | 'kmsKey' | 'queue'

/**
 * An entity of the world, by the key that names it: an account id; a user, role or managed
 * policy ARN; an SCP or RCP name; a bucket name; a KMS key ARN; a queue ARN.
 */
export interface EntityRef {
  kind: EntityKind
  key: string
}

/** An edit's answer: the new world (validated like any world file) and what else changed, or why nothing did. */
export type WorldEditResult = { ok: true; world: World; notes: string[] } | { ok: false; problems: WorldProblem[] }

/** A deep copy to edit in place: a world is JSON, so a JSON round trip copies all of it (and drops a frozen input's freeze). */
export function copyOfWorld(world: World): World {
  return JSON.parse(JSON.stringify(world)) as World
}

/** The edited copy, checked by parseWorld: an edit that would make the world invalid is refused with parseWorld's problems. */
export function validatedEdit(edited: World, notes: string[]): WorldEditResult {
  const parsed = parseWorld(edited)
  return parsed.ok ? { ok: true, world: parsed.world, notes } : { ok: false, problems: parsed.problems }
}

export function refused(...problems: WorldProblem[]): WorldEditResult {
  return { ok: false, problems }
}
