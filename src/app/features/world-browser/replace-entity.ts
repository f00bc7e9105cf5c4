import type { World } from '../../engine/types.ts'

/** The world sections the entity forms edit, one entity per index. */
export type EntityArray = 'accounts' | 'users' | 'roles' | 'managedPolicies'
type ItemOf<S extends EntityArray> = NonNullable<World[S]>[number]

/** The world with `section[index]` replaced; every other value is the same object. */
export function replaceEntity<S extends EntityArray>(world: World, section: S, index: number, item: ItemOf<S>): World {
  const items = (world[section] ?? []) as ItemOf<S>[]
  return { ...world, [section]: items.map((existing, i) => (i === index ? item : existing)) }
}

/** The world with `item` added at the end of `section`. */
export function appendEntity<S extends EntityArray>(world: World, section: S, item: ItemOf<S>): World {
  return { ...world, [section]: [...((world[section] ?? []) as ItemOf<S>[]), item] }
}
