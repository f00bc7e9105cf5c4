import { positive, withNegation, type BaseOperator } from './base-operator.ts'
import { parseDateTime } from './parse-date.ts'

/**
 * Date condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators", section
 * "Date condition operators"). "context value <op> policy value": `"DateLessThan": {"aws:CurrentTime":
 * "2026-01-01T00:00:00Z"}` matches requests made before 2026. Wildcards are not permitted, and neither
 * are policy variables. A value that is not a date matches no positive operator.
 */
function dated(test: (differenceMs: number) => boolean): BaseOperator['compare'] {
  return (policyValue, contextValue) => {
    const policy = parseDateTime(policyValue)
    const context = parseDateTime(contextValue)
    return policy !== undefined && context !== undefined && test(context - policy)
  }
}

export const DATE_OPERATORS: readonly BaseOperator[] = [
  ...withNegation('DateEquals', 'DateNotEquals', dated((difference) => difference === 0)),
  positive('DateLessThan', dated((difference) => difference < 0)),
  positive('DateLessThanEquals', dated((difference) => difference <= 0)),
  positive('DateGreaterThan', dated((difference) => difference > 0)),
  positive('DateGreaterThanEquals', dated((difference) => difference >= 0)),
]
