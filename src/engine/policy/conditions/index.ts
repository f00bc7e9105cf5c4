/** Condition evaluation for the IAM policy engine: the public surface of this folder. */
export { evaluateCondition, evaluateConditions, type ConditionOutcome, type Substitute } from './evaluate-condition.ts'
export { isKnownConditionOperator, parseOperator, type ParsedOperator, type SetOperator } from './parse-operator.ts'
export { CONDITION_OPERATORS } from './operator-table.ts'
export { matchesWildcard, type WildcardOptions } from './wildcard.ts'
