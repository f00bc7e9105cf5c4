import { withNegation, type BaseOperator } from './base-operator.ts'
import { matchesWildcard } from './wildcard.ts'

/**
 * ARN condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators", section
 * "Amazon Resource Name (ARN) condition operators"): "Case-sensitive matching of the ARN. Each of the
 * six colon-delimited components of the ARN is checked separately and each can include multi-character
 * match wildcards (*) or single-character match wildcards (?). The ArnEquals and ArnLike condition
 * operators behave identically." So a `*` never crosses a colon of the first five: the page's example
 * `arn:aws:someservice:*:111122223333:finance/*` does not match
 * `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt`, although
 * StringLike would. Policy variables are allowed.
 */

/** The six parts of an ARN, split at its first five colons; the resource part keeps any further colons. */
export function splitArn(value: string): string[] | undefined {
  const parts: string[] = []
  let rest = value
  for (let i = 0; i < 5; i++) {
    const colon = rest.indexOf(':')
    if (colon < 0) return undefined
    parts.push(rest.slice(0, colon))
    rest = rest.slice(colon + 1)
  }
  parts.push(rest)
  return parts
}

/** A value with fewer than six parts is not an ARN, on either side, and matches nothing. */
function arnMatches(policyValue: string, contextValue: string): boolean {
  const pattern = splitArn(policyValue)
  const arn = splitArn(contextValue)
  if (pattern === undefined || arn === undefined) return false
  return pattern.every((segment, i) => matchesWildcard(segment, arn[i] ?? ''))
}

export const ARN_OPERATORS: readonly BaseOperator[] = [
  ...withNegation('ArnEquals', 'ArnNotEquals', arnMatches, true),
  ...withNegation('ArnLike', 'ArnNotLike', arnMatches, true),
]
