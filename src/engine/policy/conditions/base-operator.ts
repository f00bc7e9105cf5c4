/**
 * One IAM condition operator without its `ForAllValues:`/`ForAnyValue:` prefix and `IfExists` suffix,
 * as the evaluator uses it. Each operator family file builds these from one comparison function.
 */
export interface BaseOperator {
  /** The name as IAM spells it, e.g. `StringNotLike`. */
  readonly name: string
  /**
   * A negated operator (`StringNotEquals`, `NotIpAddress`, …) matches a context value when its positive
   * form matches none of the policy values: several values are NOR-ed, and a missing key matches.
   */
  readonly negated: boolean
  /** Whether policy variables (`${aws:username}`) are substituted in its policy values. */
  readonly policyVariables: boolean
  /** The positive comparison of one (substituted) policy value with one context value. */
  readonly compare: (policyValue: string, contextValue: string) => boolean
}

/** A positive operator. */
export function positive(name: string, compare: BaseOperator['compare'], policyVariables = false): BaseOperator {
  return { name, negated: false, policyVariables, compare }
}

/** A positive operator and its negated twin, which share one comparison. */
export function withNegation(name: string, negatedName: string, compare: BaseOperator['compare'], policyVariables = false): BaseOperator[] {
  return [positive(name, compare, policyVariables), { name: negatedName, negated: true, policyVariables, compare }]
}
