import { positive, type BaseOperator } from './base-operator.ts'

/**
 * `Bool` (IAM User Guide, "IAM JSON policy elements: Condition operators", section "Boolean condition
 * operators"): compares a key with `true` or `false`, case-insensitively (the parser turns a JSON
 * `true` into the string "true"). A policy value that is neither matches nothing. Bool has no negated
 * form: `"Bool": {"aws:SecureTransport": "false"}` is how a policy says "not over TLS".
 *
 * Policy variables: "IAM policy elements: Variables and tags" says they cannot be used with Boolean
 * operators, while older copies of the Condition operators page said they could. The engine follows
 * the Variables page and does not substitute them here.
 */
function bool(policyValue: string, contextValue: string): boolean {
  const wanted = policyValue.toLowerCase()
  return (wanted === 'true' || wanted === 'false') && wanted === contextValue.toLowerCase()
}

export const BOOL_OPERATORS: readonly BaseOperator[] = [positive('Bool', bool)]
