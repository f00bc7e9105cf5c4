// Constraint text and advisory warnings for a parameter, from the STS model. Hints never block sending.
import type { ParameterModel } from '../../engine/types.ts'
import { fieldKind, listItems } from '../../state/parameter-value.ts'

/** `1 character`, `2 characters`; an empty unit gives the bare number. */
function count(n: number, unit: string): string {
  return unit === '' ? String(n) : `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`
}

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${count(min, unit)}` : `${min}–${count(max, unit)}`
  if (min !== undefined) return `at least ${count(min, unit)}`
  if (max !== undefined) return `at most ${count(max, unit)}`
  return undefined
}

/**
 * E.g. ['required', '2–64 characters'], ['optional', 'integer, 900–43200']. The pattern is separate.
 * `items` names what a list holds, in the plural (`tags`).
 */
export function constraintParts(parameter: ParameterModel, items = 'items'): string[] {
  const parts = [parameter.required ? 'required' : 'optional']
  if (parameter.type === 'integer') {
    const bounds = range(parameter.min, parameter.max, '')
    parts.push(bounds === undefined ? 'integer' : `integer, ${bounds}`)
  } else if (parameter.type === 'list') {
    const bounds = range(parameter.min, parameter.max, items)
    if (bounds !== undefined) parts.push(bounds)
  } else if (parameter.type !== 'structure') {
    const length = range(parameter.min, parameter.max, 'characters')
    if (length !== undefined) parts.push(length)
  }
  if (parameter.sensitive) parts.push('sensitive')
  return parts
}

/**
 * Patterns are Java regular expressions. With the `u` flag JavaScript reads `\p{L}` (Tag keys) as
 * Java does; without it `\p{L}` is the letter p. A pattern neither reading compiles matches anything:
 * it is not the user's problem. (The engine validates with its own exact Java reading.)
 */
function matchesPattern(pattern: string, value: string): boolean {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags).test(value)
    } catch {
      // Try the next reading.
    }
  }
  return true
}

/** When a list holds more or fewer items than STS accepts. `items` is the plural noun (`tags`). */
export function countWarning(parameter: ParameterModel, n: number, items = 'items'): string | undefined {
  if (n === 0) return undefined
  if (parameter.max !== undefined && n > parameter.max) return `${count(n, items)}; STS accepts at most ${parameter.max}.`
  if (parameter.min !== undefined && n < parameter.min) return `${count(n, items)}; STS needs at least ${parameter.min}.`
  return undefined
}

/** Why a value would likely be rejected by STS, or undefined when it looks fine. Advisory only. */
export function valueWarning(parameter: ParameterModel, raw: string): string | undefined {
  const kind = fieldKind(parameter)
  // A scalar of spaces is sent as typed; list and JSON fields of blanks are left out.
  const empty = kind === 'scalar' ? raw === '' : raw.trim() === ''
  if (empty) return parameter.required ? 'Required: the request will be sent without it.' : undefined
  if (kind === 'string-list') return countWarning(parameter, listItems(raw).length)
  if (kind === 'json') return undefined
  if (parameter.type === 'integer') {
    if (!/^-?\d+$/.test(raw)) return 'Not a whole number.'
    const n = Number(raw)
    if (parameter.min !== undefined && n < parameter.min) return `Below the minimum of ${parameter.min}.`
    if (parameter.max !== undefined && n > parameter.max) return `Above the maximum of ${parameter.max}.`
    return undefined
  }
  const length = [...raw].length // STS counts code points: an emoji is one character, not two.
  if (parameter.min !== undefined && length < parameter.min) return `${count(length, 'characters')}; at least ${parameter.min} needed.`
  if (parameter.max !== undefined && length > parameter.max) return `${count(length, 'characters')}; at most ${parameter.max} allowed.`
  if (parameter.pattern !== undefined && !matchesPattern(parameter.pattern, raw)) return 'Does not match the pattern.'
  return undefined
}
