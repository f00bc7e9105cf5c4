import { shapeNamed } from '../model/sts-model.ts'
import type { ShapeModel } from '../model/model-types.ts'
import { matchesJavaPattern } from './java-pattern.ts'
import {
  elementPath,
  memberPath,
  type DecodedStructure,
  type DecodedValue,
  type ShownValue,
  type Violation,
} from './validation-message.ts'

/**
 * Checks a decoded input against the model's constraints and collects every violation, in the
 * order AWS lists them (observed against AWS, justincormack/argmin sts_oracle.rs):
 *
 * - members in the model's member order; a missing required member is `Member must not be null`;
 * - for one string, the pattern violation before the length violation (fact 11);
 * - lengths in Unicode code points (2048 × 'é' passes, 1025 × 'e'+U+0301 fails: ORC probes);
 * - integers against min/max as values;
 * - lists: min/max bound the number of elements (fact 48), then each element is checked, at
 *   `<list>.<position>.member`. (List-level before element violations is a choice: no source
 *   shows both at once.)
 *
 * Only the model's constraints live here; semantic rules (ARN structure, tag rules, role
 * durations) belong to the operations, which run after this.
 */

/** Length as Java's `String.codePointCount`: a surrogate pair is one, a lone surrogate is one. */
export function codePointLength(value: string): number {
  let length = 0
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i)
    const nextUnit = value.charCodeAt(i + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && nextUnit >= 0xdc00 && nextUnit <= 0xdfff) i += 1
    length += 1
  }
  return length
}

class ShapeValidator {
  readonly violations: Violation[] = []

  structure(shape: ShapeModel, value: DecodedStructure, path: string): void {
    const required = shape.required ?? []
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      const memberValue = value[member]
      const at = memberPath(path, member)
      if (memberValue === undefined) {
        if (required.includes(member)) this.add(at, { kind: 'null' }, { kind: 'required' })
        continue
      }
      this.value(ref.shape, memberValue, at)
    }
  }

  value(shapeName: string, value: DecodedValue, path: string): void {
    const shape = shapeNamed(shapeName)
    const shown: ShownValue = shape.sensitive === true ? { kind: 'hidden' } : { kind: 'shown', value }
    if (typeof value === 'string') this.string(shape, value, shown, path)
    else if (typeof value === 'number') this.integer(shape, value, shown, path)
    else if (Array.isArray(value)) this.list(shape, value as readonly DecodedValue[], shown, path)
    else this.structure(shape, value as DecodedStructure, path)
  }

  private string(shape: ShapeModel, value: string, shown: ShownValue, path: string): void {
    if (shape.pattern !== undefined && !matchesJavaPattern(shape.pattern, value)) {
      this.add(path, shown, { kind: 'pattern', pattern: shape.pattern })
    }
    this.length(shape, codePointLength(value), shown, path)
  }

  private integer(shape: ShapeModel, value: number, shown: ShownValue, path: string): void {
    if (shape.min !== undefined && value < shape.min) this.add(path, shown, { kind: 'minValue', min: shape.min })
    if (shape.max !== undefined && value > shape.max) this.add(path, shown, { kind: 'maxValue', max: shape.max })
  }

  private list(shape: ShapeModel, value: readonly DecodedValue[], shown: ShownValue, path: string): void {
    this.length(shape, value.length, shown, path)
    const elementShape = shape.member
    if (elementShape === undefined) return
    value.forEach((element, index) => this.value(elementShape, element, elementPath(path, index + 1)))
  }

  private length(shape: ShapeModel, length: number, shown: ShownValue, path: string): void {
    if (shape.min !== undefined && length < shape.min) this.add(path, shown, { kind: 'minLength', min: shape.min })
    if (shape.max !== undefined && length > shape.max) this.add(path, shown, { kind: 'maxLength', max: shape.max })
  }

  private add(path: string, value: ShownValue, constraint: Violation['constraint']): void {
    this.violations.push({ path, value, constraint })
  }
}

/** Every model-constraint violation of a decoded input of the structure shape `inputShape`. */
export function validateInput(inputShape: string, input: DecodedStructure): Violation[] {
  const validator = new ShapeValidator()
  validator.structure(shapeNamed(inputShape), input, '')
  return validator.violations
}

/**
 * Every model-constraint violation of one value of the shape `shapeName` found at `path`: what
 * `validateInput` reports for that member when the value is sent (rules/parameter-problem.ts asks
 * this for a single field).
 */
export function validateValue(shapeName: string, value: DecodedValue, path: string): Violation[] {
  const validator = new ShapeValidator()
  validator.value(shapeName, value, path)
  return validator.violations
}
