/**
 * The one-sentence explanations of condition outcomes, for learners. They name the values used, and the
 * rule that decided when a key is missing.
 */
import type { SetOperator } from './parse-operator.ts'

/** A policy value after variable substitution: the substituted text, or undefined when a variable had no value. */
export interface ResolvedValue {
  written: string
  resolved: string | undefined
}

export const FAIL_CLOSED = 'the engine treats the statement as not applying for Allow and as applying for Deny'

/** A context value as shown in a sentence: bare when that reads unambiguously, quoted otherwise. */
export function shown(value: string): string {
  return /^[^\s",[\]]+$/.test(value) ? value : JSON.stringify(value)
}

function policyValue({ written, resolved }: ResolvedValue): string {
  if (resolved === undefined) return `${JSON.stringify(written)} (a policy variable with no value in this request, which matches nothing)`
  return resolved === written ? JSON.stringify(written) : `${JSON.stringify(written)} (= ${JSON.stringify(resolved)})`
}

/** `"bob"` for one value, `["bob", "carol"]` for several, `[]` for none. */
export function policyList(values: readonly ResolvedValue[]): string {
  const [only] = values
  return values.length === 1 && only !== undefined ? policyValue(only) : `[${values.map(policyValue).join(', ')}]`
}

export function contextList(values: readonly string[]): string {
  return `[${values.map(shown).join(', ')}]`
}

const verdict = (matched: boolean): string => (matched ? 'matches' : 'does not match')

/** A present key and no set operator. */
export function explainPlain(key: string, operator: string, negated: boolean, contextValues: readonly string[], policy: string, matched: boolean): string {
  const [only] = contextValues
  if (contextValues.length === 1 && only !== undefined) return `${key} is ${shown(only)}, which ${operator} ${policy} ${verdict(matched)}`
  const rule = negated ? 'a negated operator matches only when none of them matches a policy value' : 'it matches when any one of them matches'
  return `${key} has ${contextValues.length} values ${contextList(contextValues)}, and ${operator} ${policy} ${verdict(matched)}: without ForAnyValue:/ForAllValues:, ${rule}`
}

/** A present key under ForAllValues:/ForAnyValue:, with the context value that decided (if any). */
export function explainSet(key: string, operator: string, set: SetOperator, baseName: string, contextValues: readonly string[], policy: string, matched: boolean, decisive: string | undefined): string {
  const values = `${key} ${contextList(contextValues)}`
  if (set === 'ForAllValues') {
    const why = matched ? `all ${contextValues.length} do` : `${shown(decisive ?? '')} does not`
    return `every value of ${values} must satisfy ${baseName} ${policy}; ${why}, so ${operator} ${verdict(matched)}`
  }
  const why = matched ? `${shown(decisive ?? '')} does` : 'none does'
  return `at least one value of ${values} must satisfy ${baseName} ${policy}; ${why}, so ${operator} ${verdict(matched)}`
}

/** A key missing from the request context, for a comparing operator. */
export function explainMissing(key: string, operator: string, set: SetOperator | undefined, ifExists: boolean, negated: boolean): string {
  const missing = `key ${key} is missing`
  if (set === 'ForAllValues') {
    return `${missing}: ${operator} treats that as an empty set, and every value of an empty set passes, so it matches (a classic trap: add "Null": {"${key}": "false"} to require the key)`
  }
  if (set === 'ForAnyValue') {
    const note = ifExists ? ' (IfExists does not change this under ForAnyValue:)' : ''
    return `${missing}: ${operator} needs at least one value, so it does not match${note}`
  }
  if (ifExists) return `${missing}: ${operator} treats a missing key as a match`
  if (negated) return `${missing}: ${operator} is a negated operator, and a negated operator treats a missing key as a match`
  return `${missing}, so ${operator} cannot match`
}

export function explainNull(key: string, contextValues: readonly string[] | undefined, policy: string, matched: boolean): string {
  const state = contextValues === undefined ? `key ${key} is missing` : `key ${key} is present (${contextValues.map(shown).join(', ')})`
  return `${state}, which Null ${policy} ${verdict(matched)}`
}

export function explainUnknown(operator: string, reason: string): string {
  return `${JSON.stringify(operator)} is not an IAM condition operator (${reason}); ${FAIL_CLOSED}`
}
