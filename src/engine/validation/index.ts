import type { StsFault } from '../errors/faults.ts'
import { findOperation } from '../model/sts-model.ts'
import type { QueryPair } from '../protocol/query-codec.ts'
import { decodeParameters } from './decode-parameters.ts'
import { validateInput } from './validate-shape.ts'
import { malformedInputFault, validationErrorFault } from './validation-message.ts'

/**
 * The request parameters of an operation, decoded and checked against the STS model.
 * Keys are wire names (`RoleArn`, `Tags`, `Key`); values are strings, integers (numbers), lists
 * (arrays of strings or of records) and structures (records). Absent members are absent keys.
 */
export type ValidatedInput = Record<string, unknown>

export type ValidationOutcome = { ok: true; input: ValidatedInput } | { ok: false; fault: StsFault }

/**
 * Decodes and validates the Query parameters of `operation` as AWS does before anything else
 * looks at them (observed against AWS, justincormack/argmin sts_oracle.rs): an integer that does not parse gives
 * `MalformedInput`; otherwise every model-constraint violation is collected into one
 * `ValidationError`. Action, Version and unknown parameters are ignored.
 *
 * Throws only for an operation the model does not have (the caller answers InvalidAction first).
 */
export function validateParameters(operation: string, pairs: readonly QueryPair[]): ValidationOutcome {
  const model = findOperation(operation)
  if (!model) throw new Error(`The STS model has no operation ${operation}`)
  if (model.input === null) return { ok: true, input: {} }
  const decoded = decodeParameters(model.input, pairs)
  if (!decoded.ok) return { ok: false, fault: malformedInputFault(decoded.malformed) }
  const violations = validateInput(model.input, decoded.input)
  if (violations.length > 0) return { ok: false, fault: validationErrorFault(violations) }
  return { ok: true, input: decoded.input as ValidatedInput }
}

export { matchesJavaPattern } from './java-pattern.ts'
