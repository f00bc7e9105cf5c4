import { JSON_DEPTH_LIMIT, jsonTextDepth } from './json-depth.ts'

export type BoundedJson = { ok: true; value: unknown } | { ok: false; reason: 'too-deep' | 'syntax'; message: string }

/** The words for JSON nested past the limit, e.g. "arrays and objects nest more than 1,000 levels deep". */
export function tooDeepMessage(maxDepth: number): string {
  return `arrays and objects nest more than ${maxDepth.toLocaleString('en-US')} levels deep`
}

/**
 * JSON.parse for untrusted text, behind a depth bound: text nested deeper than `maxDepth` is
 * refused before it is parsed (json-depth.ts says why), anything else that is not JSON gets the
 * parser's own message. Never throws.
 */
export function parseBoundedJson(text: string, maxDepth: number = JSON_DEPTH_LIMIT): BoundedJson {
  if (jsonTextDepth(text, maxDepth) > maxDepth) return { ok: false, reason: 'too-deep', message: tooDeepMessage(maxDepth) }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, reason: 'syntax', message: error instanceof Error ? error.message : String(error) }
  }
}
