import { withNegation, type BaseOperator } from './base-operator.ts'
import { matchesWildcard, unescapeLiterals } from './wildcard.ts'

/**
 * String condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators",
 * section "String condition operators"): exact and case-sensitive (`StringEquals`), exact ignoring
 * case (`StringEqualsIgnoreCase`), and case-sensitive with `*`/`?` wildcards (`StringLike`). Only the
 * `Like` pair treats `*` and `?` as wildcards; `StringEquals "a*"` matches the literal text `a*`.
 * Policy variables are allowed ("IAM policy elements: Variables and tags", "Condition element").
 */

const equals = (policyValue: string, contextValue: string): boolean => unescapeLiterals(policyValue) === contextValue

// IAM does not document its case folding; lower-casing both sides (locale-independent) is the
// closest plain reading of "exact matching, ignoring case".
const equalsIgnoreCase = (policyValue: string, contextValue: string): boolean => unescapeLiterals(policyValue).toLowerCase() === contextValue.toLowerCase()

const like = (policyValue: string, contextValue: string): boolean => matchesWildcard(policyValue, contextValue)

export const STRING_OPERATORS: readonly BaseOperator[] = [
  ...withNegation('StringEquals', 'StringNotEquals', equals, true),
  ...withNegation('StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', equalsIgnoreCase, true),
  ...withNegation('StringLike', 'StringNotLike', like, true),
]
