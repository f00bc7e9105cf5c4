import type { WorldProblem } from '../../engine/types.ts'

/** A resource policy as its text area holds it: pretty JSON, or '' for none. */
export function documentText(document: unknown): string {
  return document === undefined ? '' : JSON.stringify(document, null, 2)
}

/** The policy a text area holds: its JSON (undefined for an empty optional one), or the problem at `path`. */
export type DocumentParse = { ok: true; value: unknown } | { ok: false; problem: WorldProblem }

/**
 * Reads a policy text area. Text that is not JSON is a problem at `path` (the policy's own path in
 * the world, e.g. `resources.s3Buckets[1].policy`); what the JSON says is for parseWorld to judge.
 * An optional policy left empty is none; a required one (a KMS key policy) must be there.
 */
export function parseDocumentText(text: string, path: string, required: boolean): DocumentParse {
  if (text.trim() === '') {
    return required ? { ok: false, problem: { path, message: 'is empty: every KMS key has a key policy' } } : { ok: true, value: undefined }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, problem: { path, message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` } }
  }
}
