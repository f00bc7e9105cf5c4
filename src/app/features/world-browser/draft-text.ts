import type { WorldProblem } from '../../engine/types.ts'

/**
 * The text forms of world values in an editor's draft, and the way back. A value that cannot be read
 * back becomes a problem at its world path (the same paths parseWorld uses), so the form marks the
 * field and the world is not changed.
 */

/** A policy document as the editor shows it. */
export function documentText(document: unknown): string {
  return JSON.stringify(document, null, 2)
}

/** A policy document's text read back, or a problem at `path`. The engine then judges the policy itself. */
export function readDocument(text: string, path: string, problems: WorldProblem[]): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    problems.push({ path, message: `is not JSON: ${error instanceof Error ? error.message : String(error)}` })
    return undefined
  }
}

/** Tags as `Key=Value` lines. */
export function tagsText(tags: Record<string, string>): string {
  return Object.entries(tags)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')
}

/** `Key=Value` lines read back; blank lines are skipped, a line without `=` is a problem. */
export function readTags(text: string, path: string, problems: WorldProblem[]): Record<string, string> {
  const tags: Record<string, string> = {}
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const equals = line.indexOf('=')
    if (equals <= 0) {
      problems.push({ path, message: `line ${index + 1} is not Key=Value: "${line}"` })
      return
    }
    const key = line.slice(0, equals).trim()
    if (key in tags) problems.push({ path, message: `the tag key "${key}" appears twice (IAM tag keys are unique, case-insensitively)` })
    tags[key] = line.slice(equals + 1).trim()
  })
  return tags
}

/** One value per line (ARNs, regions). */
export function linesText(values: readonly string[] | undefined): string {
  return (values ?? []).join('\n')
}

export function readLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** A whole number of seconds read back, or a problem at `path`. */
export function readWholeNumber(text: string, path: string, problems: WorldProblem[]): number {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) {
    problems.push({ path, message: 'must be a whole number of seconds' })
    return Number.NaN
  }
  return Number(trimmed)
}
