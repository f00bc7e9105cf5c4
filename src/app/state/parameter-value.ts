// How one form field becomes a Query parameter value, by the shape the model gives the parameter.
import { shapeNamed } from '../engine/sts-model.ts'
import type { ParameterModel, QueryValue } from '../engine/types.ts'

/** `scalar`: a text input; `string-list`: one item per line; `json`: lists of structures and structures. */
export type FieldKind = 'scalar' | 'string-list' | 'json'

export function fieldKind(parameter: ParameterModel): FieldKind {
  if (parameter.type === 'structure') return 'json'
  if (parameter.type !== 'list') return 'scalar'
  const member = parameter.member === undefined ? undefined : shapeNamed(parameter.member)
  return member === undefined || member.type === 'structure' || member.type === 'list' ? 'json' : 'string-list'
}

/** Example JSON for a `json` field, built from the member names of the model's structure. */
export function jsonExample(parameter: ParameterModel): string {
  const structureName = parameter.type === 'list' ? parameter.member : parameter.shape
  const members = structureName === undefined ? [] : Object.keys(shapeNamed(structureName).members ?? {})
  const example = `{${members.map((name) => `"${name}": "…"`).join(', ')}}`
  return parameter.type === 'list' ? `[${example}]` : example
}

/** The lines of a string-list field, trimmed, blank lines dropped. */
export function listItems(raw: string): string[] {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function toQueryValue(value: unknown): QueryValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.map(toQueryValue).filter((item) => item !== undefined)
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([name, item]) => [name, toQueryValue(item)] as const)
    return Object.fromEntries(entries.filter(([, item]) => item !== undefined))
  }
  return undefined
}

export type FieldValue = { ok: true; value: QueryValue | undefined } | { ok: false; problem: string }

/** The value a field contributes to the request; `undefined` when the field is left empty. */
export function fieldValue(parameter: ParameterModel, raw: string): FieldValue {
  const kind = fieldKind(parameter)
  if (kind === 'scalar') return { ok: true, value: raw === '' ? undefined : raw }
  if (kind === 'string-list') {
    const items = listItems(raw)
    return { ok: true, value: items.length === 0 ? undefined : items }
  }
  if (raw.trim() === '') return { ok: true, value: undefined }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { ok: false, problem: 'Not valid JSON yet, so it is left out of the request.' }
  }
  const wantsList = parameter.type === 'list'
  if (wantsList !== Array.isArray(parsed) || typeof parsed !== 'object' || parsed === null) {
    return { ok: false, problem: `Expected a JSON ${wantsList ? 'array' : 'object'}, so it is left out of the request.` }
  }
  return { ok: true, value: toQueryValue(parsed) }
}
