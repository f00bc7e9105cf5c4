import { describe, expect, it } from 'vitest'
import { cellLabel, cellText, GRID_COLUMNS, statementLabel, VERDICT_SYMBOLS } from './verdict-words.ts'

describe('cell words', () => {
  it('names the allowing statement by its Sid, or by its index', () => {
    expect(statementLabel({ policy: 'AnalyticsReadOnly', index: 0, sid: 'Read' })).toBe('Read')
    expect(statementLabel({ policy: 'AnalyticsReadOnly', index: 2 })).toBe('statement 2')
    expect(cellText({ layer: 'identity', verdict: 'allow', statement: { policy: 'AnalyticsReadOnly', index: 0 } })).toBe('Allowed by statement 0')
    expect(cellText({ layer: 'scp', verdict: 'explicit-deny', statement: { policy: 'DenyLeave', index: 1, sid: 'NoLeave' } })).toBe('Explicit deny by NoLeave')
  })

  it('says each verdict in words, the final column in AWS’s', () => {
    expect(cellText({ layer: 'boundary', verdict: 'implicit-deny' })).toBe('No matching allow')
    expect(cellText({ layer: 'final', verdict: 'implicit-deny' })).toBe('Implicit deny')
    expect(cellText({ layer: 'final', verdict: 'allow' })).toBe('Allow')
    expect(cellText({ layer: 'rcp', verdict: 'not-applicable' })).toBe('Not applicable')
    expect(cellText({ layer: 'identity', verdict: 'missing-key', missingKeys: ['aws:MultiFactorAuthPresent'] })).toBe('Depends on a missing key: aws:MultiFactorAuthPresent')
  })

  it('gives every verdict its own symbol, and the columns in AWS’s order', () => {
    expect(new Set(Object.values(VERDICT_SYMBOLS)).size).toBe(5)
    expect(GRID_COLUMNS).toEqual(['explicit-deny', 'rcp', 'scp', 'resource', 'identity', 'boundary', 'session', 'final'])
  })

  it('labels a cell with the action, the layer, the verdict and the policy', () => {
    expect(cellLabel('s3:GetObject', { layer: 'session', verdict: 'allow', statement: { policy: 'session policy', index: 0 } })).toBe(
      's3:GetObject, Session policy: Allowed by statement 0 (session policy). Open the trace',
    )
  })
})
