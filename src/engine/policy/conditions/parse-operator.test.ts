import { describe, expect, it } from 'vitest'
import { CONDITION_OPERATORS } from './operator-table.ts'
import { isKnownConditionOperator, parseOperator } from './parse-operator.ts'

describe(parseOperator, () => {
  it('knows the 27 base operators of the IAM User Guide, each once', () => {
    expect(CONDITION_OPERATORS).toHaveLength(27)
    expect(new Set(CONDITION_OPERATORS).size).toBe(27)
    expect(CONDITION_OPERATORS).toEqual(expect.arrayContaining(['StringNotEqualsIgnoreCase', 'NumericGreaterThanEquals', 'DateNotEquals', 'Bool', 'BinaryEquals', 'NotIpAddress', 'ArnNotLike', 'Null']))
  })

  it('accepts every base operator but Null with each set prefix and the IfExists suffix', () => {
    for (const base of CONDITION_OPERATORS.filter((name) => name !== 'Null')) {
      for (const prefix of ['', 'ForAllValues:', 'ForAnyValue:']) {
        for (const suffix of ['', 'IfExists']) expect(isKnownConditionOperator(`${prefix}${base}${suffix}`), `${prefix}${base}${suffix}`).toBe(true)
      }
    }
  })

  it('splits prefix, base and suffix', () => {
    const parsed = parseOperator('ForAnyValue:StringLikeIfExists')
    expect(parsed.ok && parsed.kind === 'compare' && [parsed.set, parsed.base.name, parsed.ifExists]).toEqual(['ForAnyValue', 'StringLike', true])
    expect(parseOperator('Null')).toEqual({ ok: true, kind: 'null' })
  })

  it.each([
    ['StringEqualz', /"StringEqualz" is not a base operator/],
    ['', /empty/],
    ['NullIfExists', /Null takes no IfExists/],
    ['ForAllValues:Null', /Null takes no ForAllValues: prefix/],
    ['ForAnyValue:Null', /Null takes no ForAnyValue: prefix/],
    ['stringequals', /IAM spells it StringEquals/],
    ['ForAllValues:stringLike', /IAM spells it StringLike/],
    ['IfExists', /not a base operator/],
    ['ForAllValues:', /not a base operator/],
    ['ForSomeValues:StringEquals', /"ForSomeValues:" is not a set operator/],
    ['ForAllValues:ForAnyValue:StringEquals', /not a base operator/],
    ['StringEqualsIfExistsIfExists', /not a base operator/],
    [' StringEquals', /not a base operator/],
    ['StringEquals ', /not a base operator/],
    ['constructor', /not a base operator/],
    ['__proto__', /not a base operator/],
  ])('refuses %j (%s)', (operator, reason) => {
    const parsed = parseOperator(operator)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
    expect(isKnownConditionOperator(operator)).toBe(false)
  })
})
