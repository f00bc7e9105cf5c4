import { validateParameters } from '../validation/index.ts'
import type { OperationContext, OperationOutcome } from './operation.ts'

/**
 * The first step of every operation: decode and validate the request's parameters against the
 * STS model, and say so in the trace. On failure, the outcome to return (ValidationError or
 * MalformedInput, exactly as validation/ words it).
 */
export function validatedInput<T>(
  ctx: Pick<OperationContext, 'pairs' | 'log'>,
  operation: string,
  passDetail: string,
): { ok: true; input: T } | { ok: false; failure: OperationOutcome } {
  const validated = validateParameters(operation, ctx.pairs)
  if (!validated.ok) {
    ctx.log.fail('validation', 'Parameters satisfy the STS model', validated.fault.message ?? validated.fault.code)
    return { ok: false, failure: { ok: false, fault: validated.fault } }
  }
  ctx.log.pass('validation', 'Parameters satisfy the STS model', passDetail)
  return { ok: true, input: validated.input as unknown as T }
}
