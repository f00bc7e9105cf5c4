import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareDecimals, parseDecimal } from './decimal.ts'
import { evaluateCondition } from './evaluate-condition.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

describe('numeric condition operators', () => {
  it.each([
    ['NumericEquals', ['10'], ['10'], true],
    ['NumericEquals', ['10'], ['10.0'], true],
    ['NumericEquals', ['0.1'], ['.10'], true],
    ['NumericEquals', ['10.0'], ['10'], true], // the policy side may carry more decimals
    ['NumericEquals', ['10.5'], ['10'], false],
    ['NumericEquals', ['10'], ['010'], true],
    ['NumericEquals', ['+10'], ['10'], true],
    ['NumericEquals', ['-0'], ['0'], true],
    ['NumericEquals', ['10'], ['11'], false],
    ['NumericEquals', ['9007199254740993'], ['9007199254740992'], false], // beyond double precision
    ['NumericEquals', ['10', '20'], ['20'], true],
    ['NumericEquals', ['1e1'], ['10'], false], // exponents are not "integer or decimal" values
    ['NumericEquals', ['0x10'], ['16'], false],
    ['NumericEquals', [''], ['0'], false],
    ['NumericEquals', [' 10'], ['10'], false],
    ['NumericEquals', ['ten'], ['ten'], false], // not a number: no positive operator matches
    ['NumericEquals', ['10'], MISSING, false],
    ['NumericNotEquals', ['10'], ['11'], true],
    ['NumericNotEquals', ['10'], ['10.00'], false],
    ['NumericNotEquals', ['10', '11'], ['11'], false],
    ['NumericNotEquals', ['10'], ['ten'], true], // the complement of NumericEquals
    ['NumericNotEquals', ['10'], MISSING, true],
    ['NumericLessThan', ['10'], ['9'], true],
    ['NumericLessThan', ['10'], ['10'], false],
    ['NumericLessThan', ['10'], ['-11.5'], true],
    ['NumericLessThan', ['0.3'], ['0.29999999999999999'], true],
    ['NumericLessThanEquals', ['10'], ['10'], true],
    ['NumericLessThanEquals', ['10'], ['10.0001'], false],
    ['NumericLessThanEquals', ['10'], MISSING, false],
    ['NumericGreaterThan', ['10'], ['11'], true],
    ['NumericGreaterThan', ['10'], ['10'], false],
    ['NumericGreaterThan', ['10'], ['ten'], false],
    ['NumericGreaterThanEquals', ['10'], ['10'], true],
    ['NumericGreaterThanEquals', ['10'], ['9.999'], false],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })

  it('orders decimals like exact arithmetic (property)', () => {
    const cents = fc.integer({ min: -1_000_000, max: 1_000_000 })
    const text = (n: number): string => `${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`
    fc.assert(
      fc.property(cents, cents, fc.boolean(), (a, b, swap) => {
        // One side always has two decimals, the other as few as String() gives (12.5, 7, -0.03).
        const [contextText, policyText] = swap ? [String(a / 100), text(b)] : [text(a), String(b / 100)]
        const left = parseDecimal(contextText)
        const right = parseDecimal(policyText)
        expect(left).toBeDefined()
        expect(right).toBeDefined()
        if (left !== undefined && right !== undefined) expect(Math.sign(compareDecimals(left, right))).toBe(Math.sign(a - b))
        expect(matched('NumericLessThan', [policyText], [contextText])).toBe(a < b)
        expect(matched('NumericEquals', [policyText], [contextText])).toBe(a === b)
      }),
      { numRuns: 500 },
    )
  })
})
