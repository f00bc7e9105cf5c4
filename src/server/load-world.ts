import { readFileSync } from 'node:fs'
import { demoWorld, parseWorldText, type World } from '../engine/index.ts'

export type LoadedWorld = { ok: true; world: World } | { ok: false; message: string }

/** The bundled demo world, or the world file given with --world, checked with the engine's own validator. */
export function loadWorld(file: string | undefined): LoadedWorld {
  if (file === undefined) return { ok: true, world: demoWorld }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return { ok: false, message: `cannot read world file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  }
  const parsed = parseWorldText(text)
  if (!parsed.ok) {
    const lines = parsed.problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`)
    const more = parsed.problems.length > 10 ? [`  … and ${parsed.problems.length - 10} more`] : []
    return { ok: false, message: [`world file ${file} is not a valid STS Playground world:`, ...lines, ...more].join('\n') }
  }
  return { ok: true, world: parsed.world }
}
