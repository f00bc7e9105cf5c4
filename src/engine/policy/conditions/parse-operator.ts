import type { BaseOperator } from './base-operator.ts'
import { NULL_OPERATOR } from './null-operator.ts'
import { BASE_OPERATORS, CONDITION_OPERATORS } from './operator-table.ts'

/**
 * Splits an operator as written into its set prefix, base operator and IfExists suffix:
 * `ForAnyValue:StringLikeIfExists` → ForAnyValue + StringLike + IfExists.
 *
 * Rules (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Single-valued vs.
 * multivalued context keys"): the prefix is `ForAllValues:` or `ForAnyValue:`; `IfExists` may follow
 * any operator name except `Null`, which also takes no set prefix. Choice where the docs are silent:
 * names are matched exactly as IAM spells them (`stringequals` is not recognised), so a misspelling
 * fails closed instead of being guessed at.
 */
export type SetOperator = 'ForAllValues' | 'ForAnyValue'

export type ParsedOperator =
  | { ok: true; kind: 'null' }
  | { ok: true; kind: 'compare'; base: BaseOperator; set: SetOperator | undefined; ifExists: boolean }
  | { ok: false; reason: string }

const SET_OPERATORS: readonly string[] = ['ForAllValues', 'ForAnyValue']
const IF_EXISTS = 'IfExists'

export function parseOperator(operator: string): ParsedOperator {
  if (typeof operator !== 'string' || operator === '') return { ok: false, reason: 'the operator is empty' }
  let rest = operator
  let set: SetOperator | undefined
  const colon = rest.indexOf(':')
  if (colon >= 0) {
    const prefix = rest.slice(0, colon)
    if (!SET_OPERATORS.includes(prefix)) return { ok: false, reason: `"${prefix}:" is not a set operator (IAM has ForAllValues: and ForAnyValue:)` }
    set = prefix as SetOperator
    rest = rest.slice(colon + 1)
  }
  const ifExists = rest.endsWith(IF_EXISTS) && rest.length > IF_EXISTS.length
  if (ifExists) rest = rest.slice(0, -IF_EXISTS.length)
  if (rest === NULL_OPERATOR) {
    if (ifExists) return { ok: false, reason: 'Null takes no IfExists suffix' }
    if (set !== undefined) return { ok: false, reason: `Null takes no ${set}: prefix` }
    return { ok: true, kind: 'null' }
  }
  const base = BASE_OPERATORS.get(rest)
  if (base === undefined) return { ok: false, reason: unknownBaseReason(rest) }
  return { ok: true, kind: 'compare', base, set, ifExists }
}

/** Whether IAM knows the operator as written, prefix and suffix included. */
export function isKnownConditionOperator(operator: string): boolean {
  return parseOperator(operator).ok
}

function unknownBaseReason(name: string): string {
  const spelled = CONDITION_OPERATORS.find((known) => known.toLowerCase() === name.toLowerCase())
  if (spelled !== undefined) return `IAM spells it ${spelled}`
  return `"${name}" is not a base operator`
}
