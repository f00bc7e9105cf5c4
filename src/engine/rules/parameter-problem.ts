import { shapeNamed } from '../model/sts-model.ts'
import { parseInt32 } from '../validation/integer-parsing.ts'
import { validateValue } from '../validation/validate-shape.ts'
import { constraintText, type DecodedValue } from '../validation/validation-message.ts'
import { resolveParameter } from './parameter-path.ts'

/**
 * Field hints in STS's own words. For one field of a request form these give the constraint text
 * STS would write in its ValidationError for that value ("Member must have length less than or
 * equal to 64", "Member must satisfy regular expression pattern: [\w+=,.@-]*"), found by the same
 * validator that answers the request (validation/validate-shape.ts): the model's Java patterns read
 * as Java reads them, lengths in code points, integers parsed as STS parses them.
 *
 * `raw` is the text typed in the field, as the app sends it: an empty text means the field is left
 * out of the request (so a required field gives "Member must not be null"). For a list field
 * (`TransitiveTagKeys`, `Audience`) `raw` is one element; `Tags.Key` is the Key of one tag. The
 * number of elements is `countProblems`' business.
 */

/**
 * What STS answers for an integer it cannot read (`12.5`, `ten`, beyond int32): MalformedInput,
 * with no message (AWS STS API Reference: Common Errors, MalformedInput; observed against AWS, justincormack/argmin sts_oracle.rs).
 * There is no ValidationError text for it, so this says what happens instead.
 */
export const MALFORMED_INTEGER_PROBLEM = 'Not an integer STS can read: it answers MalformedInput (with no message).'

/** Every constraint the value breaks, in the order STS lists them (pattern before length). */
export function parameterProblems(operation: string, parameter: string, raw: string): string[] {
  const field = resolveParameter(operation, parameter)
  const isList = field.shape.type === 'list'
  if (raw === '') return field.required && !isList ? [constraintText({ kind: 'required' })] : []
  const shapeName = isList ? field.elementShapeName : field.shapeName
  const shape = shapeName === undefined ? undefined : shapeNamed(shapeName)
  if (shapeName === undefined || (shape?.type !== 'string' && shape?.type !== 'integer')) {
    throw new Error(`${operation}'s ${parameter} holds structures: name one of their members (e.g. Tags.Key)`)
  }
  let value: DecodedValue = raw
  if (shape.type === 'integer') {
    const parsed = parseInt32(raw)
    if (!parsed.ok) return [MALFORMED_INTEGER_PROBLEM]
    value = parsed.value
  }
  return validateValue(shapeName, value, parameter).map((violation) => constraintText(violation.constraint))
}

/** The first constraint the value breaks (what a hint shows), or undefined when STS accepts it. */
export function parameterProblem(operation: string, parameter: string, raw: string): string | undefined {
  return parameterProblems(operation, parameter, raw)[0]
}

/**
 * For a list field holding `count` elements: the constraint STS names when there are too many or
 * too few ("Member must have length less than or equal to 50": STS counts a list's elements as its
 * length). No elements means the list is left out, so only a required list has a problem then.
 */
export function countProblem(operation: string, parameter: string, count: number): string | undefined {
  const field = resolveParameter(operation, parameter)
  if (field.shape.type !== 'list') throw new Error(`${operation}'s ${parameter} is not a list`)
  if (count === 0) return field.required ? constraintText({ kind: 'required' }) : undefined
  const { min, max } = field.shape
  if (min !== undefined && count < min) return constraintText({ kind: 'minLength', min })
  if (max !== undefined && count > max) return constraintText({ kind: 'maxLength', max })
  return undefined
}
