import { describe, expect, it } from 'vitest'
import { evaluateCondition } from './evaluate-condition.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

describe('Null', () => {
  it.each([
    ['Null', ['true'], MISSING, true], // "true (the key doesn't exist — it is null)"
    ['Null', ['true'], ['2026-01-01T00:00:00Z'], false],
    ['Null', ['false'], ['2026-01-01T00:00:00Z'], true], // "false (the key exists and its value is not null)"
    ['Null', ['false'], MISSING, false],
    ['Null', ['false'], [''], true], // present, even if empty text
    ['Null', ['TRUE'], MISSING, true],
    ['Null', ['maybe'], MISSING, false],
    ['Null', ['maybe'], ['x'], false],
    ['Null', ['true', 'false'], ['x'], true],
    ['Null', [], MISSING, false],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })

  it('looks the key up case-insensitively and explains what it saw', () => {
    const outcome = evaluateCondition(
      { operator: 'Null', key: 'AWS:TokenIssueTime', values: ['true'] },
      { keys: new Map([['aws:tokenissuetime', ['2026-01-01T00:00:00Z']]]) },
      (v) => v,
    )
    expect(outcome.matched).toBe(false)
    expect(outcome.explanation).toBe('key AWS:TokenIssueTime is present (2026-01-01T00:00:00Z), which Null "true" does not match')
  })
})
