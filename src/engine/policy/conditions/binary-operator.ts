import { positive, type BaseOperator } from './base-operator.ts'
import { decodeBase64 } from './base64.ts'

/**
 * `BinaryEquals` (IAM User Guide, "IAM JSON policy elements: Condition operators", section "Binary
 * condition operators"): "compares the value of the specified key byte for byte against a base-64
 * encoded representation of the binary value in the policy". Context values are held as base64 text
 * too, so both sides are decoded and the bytes compared: `Zm8=` and `Zm8` are the same two bytes.
 * Text that is not base64 matches nothing. No policy variables, and no negated form.
 */
function binaryEquals(policyValue: string, contextValue: string): boolean {
  const policy = decodeBase64(policyValue)
  const context = decodeBase64(contextValue)
  return policy !== undefined && context !== undefined && policy.length === context.length && policy.every((byte, i) => byte === context[i])
}

export const BINARY_OPERATORS: readonly BaseOperator[] = [positive('BinaryEquals', binaryEquals)]
