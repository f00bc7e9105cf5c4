import { shapeNamed } from '../model/sts-model.ts'
import type { ShapeModel } from '../model/model-types.ts'
import { DURATION_DEFAULTS } from './duration-defaults.ts'
import { resolveParameter } from './parameter-path.ts'
import { patternWords } from './pattern-words.ts'

/** A field of a request form in plain words, with the model's constraints beside them. */
export interface ParameterDescription {
  /** E.g. "2–64 characters: letters, digits and + = , . @ - _", "900–43200 seconds", "at most 50 items". */
  plain: string
  /** The model's pattern, a Java regular expression, for a disclosure (for a list of strings: its elements'). */
  pattern?: string
  required: boolean
  /** Length for text, value for integers, number of elements for lists. */
  min?: number
  max?: number
  /** What STS uses when the field is left out (AWS STS API Reference, the operation's parameters). */
  defaultValue?: string
}

function characters(n: number): string {
  return `${n} ${n === 1 ? 'character' : 'characters'}`
}

/** `2–64 characters`, `exactly 6 characters`, `at least 1 character`, `at most 256 characters`; undefined when unbounded. */
function lengthWords(min: number | undefined, max: number | undefined): string | undefined {
  const floor = min === 0 ? undefined : min
  if (floor !== undefined && max !== undefined) return floor === max ? `exactly ${characters(max)}` : `${floor}–${characters(max)}`
  if (floor !== undefined) return `at least ${characters(floor)}`
  if (max !== undefined) return `at most ${characters(max)}`
  return undefined
}

function textWords(shape: ShapeModel): string {
  const length = lengthWords(shape.min, shape.max)
  const allowed = shape.pattern === undefined ? undefined : patternWords(shape.pattern)
  if (length !== undefined && allowed !== undefined) return `${length}: ${allowed}`
  return length ?? allowed ?? 'any text'
}

function integerWords(shape: ShapeModel, seconds: boolean): string {
  const unit = seconds ? ' seconds' : ''
  if (shape.min !== undefined && shape.max !== undefined) return seconds ? `${shape.min}–${shape.max} seconds` : `a whole number from ${shape.min} to ${shape.max}`
  if (shape.min !== undefined) return `at least ${shape.min}${unit}`
  if (shape.max !== undefined) return `at most ${shape.max}${unit}`
  return seconds ? 'a number of seconds' : 'a whole number'
}

function countWords(shape: ShapeModel): string | undefined {
  const { min, max } = shape
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${max} items` : `${min}–${max} items`
  if (min !== undefined) return `at least ${min} ${min === 1 ? 'item' : 'items'}`
  if (max !== undefined) return `at most ${max} items`
  return undefined
}

function listWords(shape: ShapeModel, element: ShapeModel): string {
  const count = countWords(shape)
  const each = element.type === 'structure' ? `each with ${Object.keys(element.members ?? {}).join(', ')}` : `each ${textWords(element)}`
  return count === undefined ? `a list, ${each}` : `${count}, ${each}`
}

/**
 * `parameter` of `operation` in plain words first, named as `parameterProblem` names fields
 * (`RoleSessionName`, `Tags.Key`, `PolicyArns.arn`). Throws for a name the model does not have.
 */
export function describeParameter(operation: string, parameter: string): ParameterDescription {
  const field = resolveParameter(operation, parameter)
  const { shape } = field
  const element = field.elementShapeName === undefined ? undefined : shapeNamed(field.elementShapeName)
  let plain: string
  if (shape.type === 'integer') plain = integerWords(shape, parameter.endsWith('Seconds'))
  else if (shape.type === 'list' && element !== undefined) plain = listWords(shape, element)
  else if (shape.type === 'structure') plain = `a structure with ${Object.keys(shape.members ?? {}).join(', ')}`
  else plain = textWords(shape)

  const description: ParameterDescription = { plain, required: field.required }
  const pattern = shape.pattern ?? element?.pattern
  if (pattern !== undefined) description.pattern = pattern
  if (shape.min !== undefined) description.min = shape.min
  if (shape.max !== undefined) description.max = shape.max
  const duration = parameter === 'DurationSeconds' ? DURATION_DEFAULTS[operation] : undefined
  if (duration !== undefined) description.defaultValue = String(duration)
  return description
}
