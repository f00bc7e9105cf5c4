// Constraint text and advisory warnings for a parameter, from the STS model. Hints never block sending.
import type { ParameterModel } from '../../../engine/index.ts'
import { fieldKind, listItems } from './parameter-value.ts'

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

/** E.g. ['required', '2–64 characters'], ['optional', 'integer 900–43200']. The pattern is separate. */
export function constraintParts(parameter: ParameterModel): string[] {
  const parts = [parameter.required ? 'required' : 'optional']
  if (parameter.type === 'integer') {
    const bounds = range(parameter.min, parameter.max, '')
    parts.push(bounds === undefined ? 'integer' : `integer, ${bounds}`)
  } else if (parameter.type === 'list') {
    const items = range(parameter.min, parameter.max, 'items')
    if (items !== undefined) parts.push(items)
  } else if (parameter.type !== 'structure') {
    const length = range(parameter.min, parameter.max, 'characters')
    if (length !== undefined) parts.push(length)
  }
  if (parameter.sensitive) parts.push('sensitive')
  return parts
}

function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value)
  } catch {
    return true // A pattern JavaScript cannot compile is not the user's problem.
  }
}

/** Why a value would likely be rejected by STS, or undefined when it looks fine. Advisory only. */
export function valueWarning(parameter: ParameterModel, raw: string): string | undefined {
  const kind = fieldKind(parameter)
  if (raw.trim() === '') return parameter.required ? 'Required: the request will be sent without it.' : undefined
  if (kind === 'string-list') {
    const items = listItems(raw).length
    if (parameter.max !== undefined && items > parameter.max) return `${count(items, 'items')}; STS accepts at most ${parameter.max}.`
    if (parameter.min !== undefined && items < parameter.min) return `${count(items, 'items')}; STS needs at least ${parameter.min}.`
    return undefined
  }
  if (kind === 'json') return undefined
  if (parameter.type === 'integer') {
    if (!/^-?\d+$/.test(raw)) return 'Not a whole number.'
    const n = Number(raw)
    if (parameter.min !== undefined && n < parameter.min) return `Below the minimum of ${parameter.min}.`
    if (parameter.max !== undefined && n > parameter.max) return `Above the maximum of ${parameter.max}.`
    return undefined
  }
  if (parameter.min !== undefined && raw.length < parameter.min) return `${count(raw.length, 'characters')}; at least ${parameter.min} needed.`
  if (parameter.max !== undefined && raw.length > parameter.max) return `${count(raw.length, 'characters')}; at most ${parameter.max} allowed.`
  if (parameter.pattern !== undefined && !matchesPattern(parameter.pattern, raw)) return 'Does not match the pattern.'
  return undefined
}
