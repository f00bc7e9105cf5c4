import type { ConditionEntry } from '../policy-types.ts'
import { keyValues, type RequestContext } from '../request-context.ts'
import type { BaseOperator } from './base-operator.ts'
import { explainMissing, explainNull, explainPlain, explainSet, explainUnknown, policyList, type ResolvedValue } from './explain.ts'
import { nullMatches } from './null-operator.ts'
import { parseOperator, type SetOperator } from './parse-operator.ts'

export interface ConditionOutcome {
  /** As written. */
  operator: string
  /** As written. */
  key: string
  /** As written (before variable substitution). */
  policyValues: string[]
  /** The request's values for the key, or undefined when the key is missing from the context. */
  contextValues: readonly string[] | undefined
  matched: boolean
  /** Set when the operator is not an IAM operator (or misuses a prefix/suffix): the caller fails closed. */
  unknownOperator?: true
  /** One short sentence for learners, naming the values used. */
  explanation: string
}

/** Substitutes policy variables in a policy value; undefined when a variable has no value in this request. */
export type Substitute = (value: string) => string | undefined

type Context = Pick<RequestContext, 'keys'>

/**
 * Evaluates one operator × key entry of a Condition block. Never throws: anything unexpected fails
 * closed like an unknown operator.
 */
export function evaluateCondition(entry: ConditionEntry, context: Context, substitute: Substitute): ConditionOutcome {
  try {
    return evaluate(entry, context, substitute)
  } catch {
    const outcome = base(entry, undefined)
    return { ...outcome, matched: false, unknownOperator: true, explanation: explainUnknown(outcome.operator, 'the engine could not evaluate this entry') }
  }
}

/** Evaluates all entries of a statement's Condition block: every entry must match (AND). */
export function evaluateConditions(
  entries: readonly ConditionEntry[],
  context: Context,
  substitute: Substitute,
): { matched: boolean; outcomes: ConditionOutcome[]; unknownOperator: boolean } {
  const outcomes = Array.isArray(entries) ? entries.map((entry) => evaluateCondition(entry, context, substitute)) : []
  return { matched: outcomes.every((outcome) => outcome.matched), outcomes, unknownOperator: outcomes.some((outcome) => outcome.unknownOperator === true) }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function base(entry: ConditionEntry, contextValues: readonly string[] | undefined): Omit<ConditionOutcome, 'matched' | 'explanation'> {
  const values: unknown = entry?.values
  return {
    operator: text(entry?.operator),
    key: text(entry?.key),
    policyValues: Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [],
    contextValues,
  }
}

function evaluate(entry: ConditionEntry, context: Context, substitute: Substitute): ConditionOutcome {
  const found = keyValues(context, entry.key)
  // A key with no values is absent (request-context.ts); treat an empty list the same way.
  const contextValues = found !== undefined && found.length > 0 ? found : undefined
  const outcome = base(entry, contextValues)
  const { operator, key, policyValues } = outcome
  const parsed = parseOperator(operator)
  if (!parsed.ok) return { ...outcome, matched: false, unknownOperator: true, explanation: explainUnknown(operator, parsed.reason) }

  if (parsed.kind === 'null') {
    const matched = policyValues.some((value) => nullMatches(value, contextValues !== undefined))
    return { ...outcome, matched, explanation: explainNull(key, contextValues, policyList(policyValues.map(asWritten)), matched) }
  }

  const { base: operatorBase, set, ifExists } = parsed
  if (contextValues === undefined) {
    return { ...outcome, matched: matchesMissing(set, ifExists, operatorBase.negated), explanation: explainMissing(key, operator, set, ifExists, operatorBase.negated) }
  }

  const resolved: ResolvedValue[] = policyValues.map((written) => ({ written, resolved: operatorBase.policyVariables ? substitute(written) : written }))
  const policy = policyList(resolved)
  const passes = passesWith(operatorBase, resolved)

  if (set === undefined) {
    // Several context values without a set operator: the docs say multivalued keys need
    // ForAnyValue:/ForAllValues: ("Single-valued vs. multivalued context keys") but do not say what
    // happens without one. Choice: a positive operator matches when any value matches a policy value;
    // a negated one only when no value matches any policy value (the NOR of "Conditions with multiple
    // context keys or values", applied to every value). For one value both readings agree.
    const matched = operatorBase.negated ? contextValues.every(passes) : contextValues.some(passes)
    return { ...outcome, matched, explanation: explainPlain(key, operator, operatorBase.negated, contextValues, policy, matched) }
  }

  // ForAllValues: every context value must pass; ForAnyValue: at least one must ("Single-valued vs.
  // multivalued context keys"). A negated base operator is applied to each context value, so
  // ForAllValues:StringNotLike {"aws:TagKeys": "key1*"} matches when no tag key starts with key1.
  const decisive = set === 'ForAllValues' ? contextValues.find((value) => !passes(value)) : contextValues.find(passes)
  const matched = set === 'ForAllValues' ? decisive === undefined : decisive !== undefined
  return { ...outcome, matched, explanation: explainSet(key, operator, set, operatorBase.name, contextValues, policy, matched, decisive) }
}

function passesWith(operator: BaseOperator, policyValues: readonly ResolvedValue[]): (contextValue: string) => boolean {
  // Returned, not assigned to a name: tsx names named closures with Object.defineProperty each time one is made.
  return (contextValue) => passesOperator(operator, policyValues, contextValue)
}

/**
 * Whether one context value passes the operator: for a positive operator, it matches at least one policy
 * value (values are OR-ed); for a negated operator, it matches none of them (NOR) — IAM User Guide,
 * "Conditions with multiple context keys or values". A policy value whose variable has no value in this
 * request matches nothing, so under a negated operator it rules nothing out.
 */
function passesOperator(operator: BaseOperator, policyValues: readonly ResolvedValue[], contextValue: string): boolean {
  const matchesAny = policyValues.some(({ resolved }) => resolved !== undefined && operator.compare(resolved, contextValue))
  return operator.negated ? !matchesAny : matchesAny
}

/**
 * The outcome for a key missing from the request context.
 * - ForAllValues: true, ForAnyValue: false: "[ForAllValues] also returns true if there are no context
 *   keys in the request" ("Single-valued vs. multivalued context keys"); with an empty set, "ForAllValues
 *   returns true, and ForAnyValue returns false" ("Creating a condition that tests multiple key values").
 *   IfExists does not rescue ForAnyValue: a user observed ForAnyValue:StringEqualsIfExists on a missing
 *   aws:TagKeys deny the request (AWS re:Post, "ForAnyValue:StringEqualsIfExists behaving unexpectedly").
 * - IfExists: true ("...IfExists condition operators": "If the key is not present, evaluate the
 *   condition element as true").
 * - Otherwise a negated operator is true and a positive one false ("IAM JSON policy elements: Condition
 *   operators": "If the policy condition requires that the key is not matched, such as StringNotLike or
 *   ArnNotLike, and the right key is not present, the condition is true").
 */
function matchesMissing(set: SetOperator | undefined, ifExists: boolean, negated: boolean): boolean {
  if (set !== undefined) return set === 'ForAllValues'
  return ifExists || negated
}

const asWritten = (written: string): ResolvedValue => ({ written, resolved: written })
