import { findOperation, shapeNamed } from '../model/sts-model.ts'
import type { ShapeModel } from '../model/model-types.ts'

/**
 * A field of a request form, named by its wire names joined with dots: a parameter
 * (`RoleSessionName`, `DurationSeconds`, `TransitiveTagKeys`) or a member of the structure a
 * parameter holds (`Tags.Key`, `PolicyArns.arn`, `ProvidedContexts.ProviderArn`, `TaskPolicyArn.arn`).
 * For a list the path goes through its element: `Tags.Key` is the Key of one tag, and
 * `TransitiveTagKeys` (a list of strings) describes one element when a value is checked.
 */
export interface ParameterPath {
  /** The shape of the named field (for a list: the list shape itself). */
  shapeName: string
  shape: ShapeModel
  /** Whether the field must be present: in the operation's input, or in its structure. */
  required: boolean
  /** When the field is a list: its element shape. */
  elementShapeName?: string
}

/** The field `parameter` of `operation`; throws for an operation or a name the STS model does not have. */
export function resolveParameter(operation: string, parameter: string): ParameterPath {
  const model = findOperation(operation)
  if (!model) throw new Error(`The STS model has no operation ${operation}`)
  if (model.input === null) throw new Error(`${operation} takes no parameters`)
  let structure = shapeNamed(model.input)
  let resolved: ParameterPath | undefined
  for (const name of parameter.split('.')) {
    const ref = structure.members?.[name]
    if (!ref) throw new Error(`${operation} has no parameter ${parameter}`)
    const shape = shapeNamed(ref.shape)
    resolved = { shapeName: ref.shape, shape, required: (structure.required ?? []).includes(name) }
    if (shape.type === 'list' && shape.member !== undefined) resolved.elementShapeName = shape.member
    // The next name is a member of this structure, or of the structure each element of this list is.
    const inner = shape.type === 'list' && shape.member !== undefined ? shapeNamed(shape.member) : shape
    structure = inner
  }
  if (!resolved) throw new Error(`${operation}: an empty parameter name`)
  return resolved
}
