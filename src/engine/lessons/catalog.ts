/// <reference types="vite/types/importMeta.d.ts" />
// (import.meta.glob's type, without the rest of vite/client: the engine compiles with no DOM types.)
import { parseChallenge, parseLesson } from './catalog-schema.ts'
import type { Challenge, Lesson } from './lesson-types.ts'

/** Every data file, bundled at build time (Vite's import.meta.glob): path → parsed JSON. */
const lessonFiles = import.meta.glob<unknown>('./catalog/lessons/*.json', { eager: true, import: 'default' })
const challengeFiles = import.meta.glob<unknown>('./catalog/challenges/*.json', { eager: true, import: 'default' })

export interface LessonCatalog {
  /** By `order`, then id. */
  lessons: Lesson[]
  challenges: Challenge[]
  /** Data files left out because they do not fit the contract, each problem as `file: path: message` (empty when all is well). */
  problems: string[]
}

function fileId(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '')
}

/** Validates the data files (catalog-schema.ts); a file whose `id` is not its name, or repeats an id, is a problem too. */
export function loadCatalog(lessonData: Record<string, unknown>, challengeData: Record<string, unknown>): LessonCatalog {
  const problems: string[] = []
  const load = <T extends { id: string }>(data: Record<string, unknown>, parse: (input: unknown) => { ok: true; value: T } | { ok: false; problems: string[] }): T[] => {
    const items: T[] = []
    const seen = new Set<string>()
    for (const [path, input] of Object.entries(data).sort(([a], [b]) => a.localeCompare(b))) {
      const parsed = parse(input)
      if (!parsed.ok) {
        problems.push(...parsed.problems.map((problem) => `${path}: ${problem}`))
        continue
      }
      if (parsed.value.id !== fileId(path)) {
        problems.push(`${path}: id: ${parsed.value.id} must be the file's name (${fileId(path)})`)
        continue
      }
      if (seen.has(parsed.value.id)) {
        problems.push(`${path}: id: ${parsed.value.id} is used twice`)
        continue
      }
      seen.add(parsed.value.id)
      items.push(parsed.value)
    }
    return items
  }
  const lessons = load(lessonData, parseLesson).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  const challenges = load(challengeData, parseChallenge)
  return { lessons, challenges, problems }
}

/**
 * The lessons and challenges of ./catalog (one JSON file each), validated. Import it from here,
 * not from the engine's index, so it lands only in the chunk that shows lessons.
 */
export const lessonCatalog: LessonCatalog = loadCatalog(lessonFiles, challengeFiles)
