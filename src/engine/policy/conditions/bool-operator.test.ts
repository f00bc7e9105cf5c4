import { describe, expect, it } from 'vitest'
import { evaluateCondition } from './evaluate-condition.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

describe('Bool', () => {
  it.each([
    ['Bool', ['true'], ['true'], true],
    ['Bool', ['true'], ['TRUE'], true],
    ['Bool', ['True'], ['true'], true],
    ['Bool', ['false'], ['false'], true],
    ['Bool', ['false'], ['true'], false],
    ['Bool', ['true', 'false'], ['false'], true],
    ['Bool', ['yes'], ['yes'], false], // only true and false are Boolean values
    ['Bool', ['1'], ['true'], false],
    ['Bool', ['true'], MISSING, false], // aws:MultiFactorAuthPresent is missing for long-term keys
    ['BoolIfExists', ['true'], MISSING, true],
    ['BoolIfExists', ['true'], ['false'], false],
    ['BoolIfExists', ['false'], ['false'], true],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })
})
