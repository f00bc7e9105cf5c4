import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONDITION_OPERATORS, evaluateCondition } from './index.ts'

const NEGATION_PAIRS = [
  ['StringEquals', 'StringNotEquals'],
  ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'],
  ['StringLike', 'StringNotLike'],
  ['NumericEquals', 'NumericNotEquals'],
  ['DateEquals', 'DateNotEquals'],
  ['IpAddress', 'NotIpAddress'],
  ['ArnEquals', 'ArnNotEquals'],
  ['ArnLike', 'ArnNotLike'],
] as const

/** Values that exercise every family: free text plus numbers, dates, addresses, ARNs and wildcards. */
const value = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('a', 'A', 'a*', '?', '*', '10', '10.0', '-1', '2026-01-01', '1767225600', '203.0.113.7', '203.0.113.0/24', '::1', 'true', 'Zm8='),
  fc.constantFrom('arn:aws:iam::111122223333:role/A', 'arn:aws:iam::*:role/*', 'arn:aws:s3:::b/k:1', 'arn:aws:iam::111122223333:role/?'),
)
const values = fc.array(value, { minLength: 1, maxLength: 3 })
const substitute = (text: string): string | undefined => (text.includes('$') ? undefined : text)
const run = (operator: string, policyValues: string[], contextValues: string[] | undefined) =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, substitute)

const everyOperator = fc.constantFrom(...CONDITION_OPERATORS).chain((base) =>
  fc.tuple(fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'), fc.constantFrom('', 'IfExists')).map(([prefix, suffix]) => `${prefix}${base}${suffix}`),
)

describe('condition evaluation properties', () => {
  it('never throws and always explains, on any operator, key, values, context and substitution', () => {
    const operator = fc.oneof(fc.string(), everyOperator)
    const keys = fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.array(fc.string(), { maxLength: 3 })), { maxLength: 3 })
    const substitution = fc.func(fc.option(fc.string(), { nil: undefined }))
    fc.assert(
      fc.property(operator, fc.string({ maxLength: 4 }), fc.array(fc.string()), keys, substitution, (op, key, policyValues, entries, subst) => {
        const outcome = evaluateCondition({ operator: op, key, values: policyValues }, { keys: new Map(entries) }, subst)
        expect(typeof outcome.matched).toBe('boolean')
        expect(outcome.explanation.length).toBeGreaterThan(0)
        expect(outcome.policyValues).toEqual(policyValues)
        if (outcome.unknownOperator === true) expect(outcome.matched).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  it('makes a negated operator the complement of its positive operator whenever the key is present', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEGATION_PAIRS), fc.constantFrom('', 'IfExists'), values, values, ([pos, neg], suffix, policyValues, contextValues) => {
        expect(run(neg + suffix, policyValues, contextValues).matched).toBe(!run(pos + suffix, policyValues, contextValues).matched)
      }),
      { numRuns: 2000 },
    )
  })

  it('makes ForAllValues:<negated> the complement of ForAnyValue:<positive> whenever the key is present', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEGATION_PAIRS), values, values, ([pos, neg], policyValues, contextValues) => {
        expect(run(`ForAllValues:${neg}`, policyValues, contextValues).matched).toBe(!run(`ForAnyValue:${pos}`, policyValues, contextValues).matched)
      }),
      { numRuns: 1000 },
    )
  })

  it('makes IfExists change nothing when the key is present', () => {
    const base = fc.constantFrom(...CONDITION_OPERATORS.filter((name) => name !== 'Null'))
    fc.assert(
      fc.property(fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'), base, values, values, (prefix, name, policyValues, contextValues) => {
        expect(run(`${prefix}${name}IfExists`, policyValues, contextValues).matched).toBe(run(`${prefix}${name}`, policyValues, contextValues).matched)
      }),
      { numRuns: 1000 },
    )
  })

  it('decides a missing key by the operator shape alone, never by the policy values', () => {
    fc.assert(
      fc.property(everyOperator, values, (operator, policyValues) => {
        const outcome = run(operator, policyValues, undefined)
        if (outcome.unknownOperator === true) return
        if (operator === 'Null') expect(outcome.matched).toBe(policyValues.some((v) => v.toLowerCase() === 'true'))
        else if (operator.startsWith('ForAllValues:')) expect(outcome.matched).toBe(true)
        else if (operator.startsWith('ForAnyValue:')) expect(outcome.matched).toBe(false)
        else if (operator.endsWith('IfExists')) expect(outcome.matched).toBe(true)
        else expect(outcome.matched).toBe(/Not/.test(operator))
      }),
      { numRuns: 1000 },
    )
  })
})
