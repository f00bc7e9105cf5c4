import { positive, withNegation, type BaseOperator } from './base-operator.ts'
import { compareDecimals, parseDecimal } from './decimal.ts'

/**
 * Numeric condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators",
 * section "Numeric condition operators"). The comparison reads "context value <op> policy value":
 * `"NumericLessThanEquals": {"s3:max-keys": "10"}` matches a request asking for at most 10 keys.
 * A value that is not a number matches no positive operator (so its negation matches). No policy
 * variables ("IAM policy elements: Variables and tags").
 */
function numeric(test: (order: number) => boolean): BaseOperator['compare'] {
  return (policyValue, contextValue) => {
    const policy = parseDecimal(policyValue)
    const context = parseDecimal(contextValue)
    return policy !== undefined && context !== undefined && test(compareDecimals(context, policy))
  }
}

export const NUMERIC_OPERATORS: readonly BaseOperator[] = [
  ...withNegation('NumericEquals', 'NumericNotEquals', numeric((order) => order === 0)),
  positive('NumericLessThan', numeric((order) => order < 0)),
  positive('NumericLessThanEquals', numeric((order) => order <= 0)),
  positive('NumericGreaterThan', numeric((order) => order > 0)),
  positive('NumericGreaterThanEquals', numeric((order) => order >= 0)),
]
