import type { OperationModel, ShapeModel } from './model-types.ts'
import { stsModel } from './sts-model.generated.ts'

export const API_VERSION = stsModel.apiVersion

/** Every operation of the STS model, in the model's order. */
export const operationNames: readonly string[] = stsModel.operations.map((op) => op.name)

export function findOperation(name: string): OperationModel | undefined {
  return stsModel.operations.find((op) => op.name === name)
}

export function shapeNamed(name: string): ShapeModel {
  const shape = stsModel.shapes[name]
  if (!shape) throw new Error(`The STS model has no shape ${name}`)
  return shape
}

/** A request parameter of an operation, described from the model for forms and validation. */
export interface ParameterModel {
  /** The wire name, e.g. `RoleSessionName`. */
  name: string
  required: boolean
  shape: string
  type: string
  documentation: string
  min?: number
  max?: number
  pattern?: string
  sensitive: boolean
  /** For lists: the element's shape. */
  member?: string
}

export function operationParameters(operation: string): ParameterModel[] {
  const op = findOperation(operation)
  return op?.input ? structureParameters(op.input) : []
}

/** The members of a structure shape (an operation's input, or e.g. Tag), as parameters in model order. */
export function structureParameters(structureName: string): ParameterModel[] {
  const input = shapeNamed(structureName)
  return Object.entries(input.members ?? {}).map(([name, ref]) => {
    const shape = shapeNamed(ref.shape)
    const parameter: ParameterModel = {
      name,
      required: (input.required ?? []).includes(name),
      shape: ref.shape,
      type: shape.type,
      documentation: ref.documentation,
      sensitive: shape.sensitive === true,
    }
    if (shape.min !== undefined) parameter.min = shape.min
    if (shape.max !== undefined) parameter.max = shape.max
    if (shape.pattern !== undefined) parameter.pattern = shape.pattern
    if (shape.member !== undefined) parameter.member = shape.member
    return parameter
  })
}
