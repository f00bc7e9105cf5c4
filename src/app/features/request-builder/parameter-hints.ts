// What a field's hints say, from the engine (src/app/engine/rules.ts): its constraints in plain words
// (describeParameter) and, for the value typed, the constraint STS would name in its ValidationError
// (parameterProblem, countProblem), found by the validator that answers the request. Hints never
// block sending: a wrong value is a lesson too.
import { countProblem, describeParameter, durationLimits, parameterProblem } from '../../engine/rules.ts'
import type { DurationLimits, DurationRequest, ParameterDescription, ParameterModel, Principal, World } from '../../engine/types.ts'
import { fieldKind, listItems } from '../../state/parameter-value.ts'

/**
 * A field as the engine names it: the operation and the wire names joined with dots (`RoleSessionName`,
 * `Tags.Key`, `PolicyArns.arn`).
 */
export interface FieldPath {
  operation: string
  path: string
}

/** The field in plain words, with the model's pattern and STS's default beside them. */
export function fieldDescription({ operation, path }: FieldPath): ParameterDescription {
  return describeParameter(operation, path)
}

/** How many elements a JSON text holds when it is an array; undefined otherwise (unfinished JSON, an object). */
function jsonArrayLength(raw: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(raw)
    return Array.isArray(parsed) ? parsed.length : undefined
  } catch {
    return undefined
  }
}

/**
 * The constraint STS would name for `raw`, in its words ("Member must have length greater than or
 * equal to 2", "Member must not be null"), or undefined when it accepts the value. `raw` is the
 * draft's text for the parameter: one line for a scalar, one item a line for a list of strings,
 * JSON for structures (only the number of elements is judged there; the rows judge the members).
 */
export function valueWarning(operation: string, parameter: ParameterModel, raw: string): string | undefined {
  const { name } = parameter
  const kind = fieldKind(parameter)
  // A scalar is sent as typed (spaces too): only an empty text is left out.
  if (kind === 'scalar') return parameterProblem(operation, name, raw)
  if (kind === 'string-list') {
    const items = listItems(raw)
    const count = countProblem(operation, name, items.length)
    if (count !== undefined) return count
    for (const [index, item] of items.entries()) {
      const problem = parameterProblem(operation, name, item)
      if (problem !== undefined) return items.length === 1 ? problem : `Line ${index + 1}: ${problem}`
    }
    return undefined
  }
  const isList = parameter.type === 'list'
  if (raw.trim() === '') return isList ? countProblem(operation, name, 0) : parameterProblem(operation, name, '')
  const length = isList ? jsonArrayLength(raw) : undefined
  return length === undefined ? undefined : countProblem(operation, name, length)
}

/** A member of a structure row (`Tags.Key`): an empty input leaves the member out. */
export function memberWarning(field: FieldPath, raw: string): string | undefined {
  return parameterProblem(field.operation, field.path, raw)
}

/** What the DurationSeconds hint needs to know of the request beyond its operation. */
export interface DurationContext {
  world: World
  /** The RoleArn typed in the draft, if any (AssumeRole*). */
  roleArn?: string | undefined
  /** Who signs: a role session makes AssumeRole role chaining; the root user has its own limits. */
  callerKind?: Principal['kind'] | undefined
  /** For issued credentials, the operation that issued them: a GetSessionToken session assuming a role is role chaining too. */
  callerSession?: string | undefined
}

/**
 * The DurationSeconds this request may ask for (durationLimits: the role's MaxSessionDuration, the
 * chaining cap, the root user's limits), or undefined for an operation without DurationSeconds. For
 * AssumeRole* they only say more than the model once a RoleArn is typed.
 */
export function requestDurationLimits(operation: string, context: DurationContext): DurationLimits | undefined {
  const roleArn = context.roleArn?.trim() === '' ? undefined : context.roleArn
  const request: DurationRequest = {}
  if (roleArn !== undefined) request.roleArn = roleArn
  if (context.callerKind !== undefined) request.callerKind = context.callerKind
  if (context.callerSession !== undefined) request.callerSession = context.callerSession
  return durationLimits(context.world, operation, request)
}

/** When a DurationSeconds STS can read is longer than this request allows: advisory, with the limit. */
export function durationWarning(raw: string, limits: DurationLimits): string | undefined {
  if (!/^\d+$/.test(raw)) return undefined
  const seconds = Number(raw)
  return seconds > limits.max ? `Longer than this request's maximum of ${limits.max} s (the notes above say why).` : undefined
}
