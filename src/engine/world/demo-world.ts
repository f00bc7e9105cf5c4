import demoWorldJson from './demo-world.json'
import { parseWorld } from './parse-world.ts'
import type { World } from './world-schema.ts'

function load(): World {
  const parsed = parseWorld(demoWorldJson)
  if (!parsed.ok) throw new Error(`The bundled demo world is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  return parsed.world
}

/** The demo world (src/engine/world/demo-world.json), validated once. */
export const demoWorld: World = load()
