import { renameEntity } from '../../engine/world-model.ts'
import type { EntityRef, World, WorldEditResult } from '../../engine/types.ts'

/**
 * The world after a form's Apply: when the name changed, the engine renames the entity first, so
 * every policy and attachment that names it follows (its notes say which); then `replace` puts the
 * form's other fields in. The entity keeps its index, so `replace` finds it where it was.
 */
export function editedWorld(world: World, ref: EntityRef, oldName: string, newName: string, replace: (world: World) => World): WorldEditResult {
  if (newName === oldName) return { ok: true, world: replace(world), notes: [] }
  const renamed = renameEntity(world, ref, newName)
  return renamed.ok ? { ok: true, world: replace(renamed.world), notes: renamed.notes } : renamed
}
