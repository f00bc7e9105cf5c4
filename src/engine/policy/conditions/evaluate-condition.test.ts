import { describe, expect, it } from 'vitest'
import { contextKeys } from '../request-context.ts'
import { evaluateCondition, evaluateConditions, type Substitute } from './index.ts'

const MISSING = undefined
const same = (value: string): string => value
const run = (operator: string, values: string[], contextValues: string[] | undefined, substitute: Substitute = same) =>
  evaluateCondition({ operator, key: 'aws:TagKeys', values }, { keys: contextKeys({ 'aws:TagKeys': contextValues }) }, substitute)

describe(evaluateCondition, () => {
  describe('a key missing from the request context', () => {
    it.each([
      ['StringEquals', false, 'key aws:TagKeys is missing, so StringEquals cannot match'],
      ['StringNotEquals', true, 'key aws:TagKeys is missing: StringNotEquals is a negated operator, and a negated operator treats a missing key as a match'],
      ['StringEqualsIfExists', true, 'key aws:TagKeys is missing: StringEqualsIfExists treats a missing key as a match'],
      ['StringNotEqualsIfExists', true, 'key aws:TagKeys is missing: StringNotEqualsIfExists treats a missing key as a match'],
      ['ForAllValues:StringEquals', true, /empty set.*classic trap.*"Null": \{"aws:TagKeys": "false"\}/],
      ['ForAllValues:StringNotLike', true, /empty set/],
      ['ForAnyValue:StringEquals', false, 'key aws:TagKeys is missing: ForAnyValue:StringEquals needs at least one value, so it does not match'],
      ['ForAnyValue:StringEqualsIfExists', false, /IfExists does not change this under ForAnyValue:/],
      ['ForAnyValue:StringNotEquals', false, /needs at least one value/],
    ])('%s gives %s', (operator, expected, explanation) => {
      const outcome = run(operator, ['Dept'], MISSING)
      expect(outcome.matched).toBe(expected)
      expect(outcome.contextValues).toBeUndefined()
      expect(outcome.explanation).toMatch(explanation)
    })

    it('treats a key with an empty list of values as missing', () => {
      const outcome = evaluateCondition({ operator: 'StringNotEquals', key: 'k', values: ['x'] }, { keys: new Map([['k', []]]) }, same)
      expect(outcome).toMatchObject({ matched: true, contextValues: undefined })
    })
  })

  it('explains a single-valued comparison with the values used', () => {
    const outcome = evaluateCondition({ operator: 'StringEquals', key: 'aws:username', values: ['bob'] }, { keys: contextKeys({ 'aws:username': 'alice' }) }, same)
    expect(outcome).toEqual({
      operator: 'StringEquals',
      key: 'aws:username',
      policyValues: ['bob'],
      contextValues: ['alice'],
      matched: false,
      explanation: 'aws:username is alice, which StringEquals "bob" does not match',
    })
  })

  it('explains IfExists on a missing key', () => {
    const outcome = evaluateCondition({ operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', values: ['true'] }, { keys: new Map() }, same)
    expect(outcome.explanation).toBe('key aws:MultiFactorAuthPresent is missing: BoolIfExists treats a missing key as a match')
  })

  it('looks keys up case-insensitively', () => {
    const outcome = evaluateCondition({ operator: 'StringEquals', key: 'AWS:UserName', values: ['alice'] }, { keys: contextKeys({ 'aws:username': 'alice' }) }, same)
    expect(outcome.matched).toBe(true)
  })

  describe('an operator IAM does not know', () => {
    it.each(['StringEqualz', 'NullIfExists', 'ForAllValues:Null', '', 'stringequals'])('%j fails closed and says so', (operator) => {
      for (const contextValues of [MISSING, ['Dept']]) {
        const outcome = run(operator, ['Dept'], contextValues)
        expect(outcome.matched).toBe(false)
        expect(outcome.unknownOperator).toBe(true)
        expect(outcome.explanation).toMatch(/is not an IAM condition operator .*not applying for Allow and as applying for Deny$/)
      }
    })

    it('does not mark known operators', () => {
      expect(run('StringEquals', ['Dept'], ['Dept'])).not.toHaveProperty('unknownOperator')
    })

    it('fails closed when substitution throws', () => {
      const outcome = run('StringEquals', ['${x}'], ['Dept'], () => {
        throw new Error('boom')
      })
      expect(outcome).toMatchObject({ matched: false, unknownOperator: true })
    })
  })
})

describe(evaluateConditions, () => {
  const context = { keys: contextKeys({ 'aws:username': 'alice', 'aws:SecureTransport': 'true' }) }

  it('ANDs the entries and keeps every outcome in order', () => {
    const entries = [
      { operator: 'StringEquals', key: 'aws:username', values: ['alice'] },
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] },
    ]
    const result = evaluateConditions(entries, context, same)
    expect(result.matched).toBe(false)
    expect(result.unknownOperator).toBe(false)
    expect(result.outcomes.map((outcome) => outcome.matched)).toEqual([true, false])
    expect(evaluateConditions(entries.slice(0, 1), context, same).matched).toBe(true)
  })

  it('matches an empty Condition block', () => {
    expect(evaluateConditions([], context, same)).toEqual({ matched: true, outcomes: [], unknownOperator: false })
  })

  it('reports an unknown operator among the entries', () => {
    const result = evaluateConditions([{ operator: 'StringEqualz', key: 'aws:username', values: ['alice'] }], context, same)
    expect(result).toMatchObject({ matched: false, unknownOperator: true })
  })
})
