import { describe, expect, it } from 'vitest'
import type { EngineResult } from '../engine-result.ts'
import type { AttemptRecord } from './attempt-record.ts'
import { requestGoalMet } from './goal-check.ts'
import type { RequestGoal } from './lesson-types.ts'

function attempt(outcome: 'success' | 'error', operation = 'AssumeRole'): AttemptRecord {
  const result: EngineResult = { response: { status: outcome === 'success' ? 200 : 403, headers: {}, body: '' }, requestId: 'r', checks: [], outcome }
  return { callerLabel: 'anonymous', operation, request: { method: 'POST', url: '/', headers: { host: 'sts.amazonaws.com' }, body: '' }, result, sentAt: 0 }
}

const failThenSucceed: RequestGoal = { kind: 'request', text: 'fail, then succeed', match: { outcome: 'success' }, after: { outcome: 'error' } }

describe('requestGoalMet', () => {
  it('is met when an attempt matches', () => {
    expect(requestGoalMet({ kind: 'request', text: '', match: { operation: 'GetSessionToken' } }, [attempt('error'), attempt('success', 'GetSessionToken')])).toBe(true)
    expect(requestGoalMet({ kind: 'request', text: '', match: { operation: 'GetSessionToken' } }, [attempt('success')])).toBe(false)
    expect(requestGoalMet({ kind: 'request', text: '', match: {} }, [])).toBe(false)
  })
  it('with after: an earlier attempt must match it', () => {
    expect(requestGoalMet(failThenSucceed, [attempt('error'), attempt('success')])).toBe(true)
    expect(requestGoalMet(failThenSucceed, [attempt('success'), attempt('error')])).toBe(false)
    expect(requestGoalMet(failThenSucceed, [attempt('success'), attempt('error'), attempt('success')])).toBe(true)
    expect(requestGoalMet(failThenSucceed, [attempt('success')])).toBe(false)
  })
  it('with after: the same attempt cannot be both', () => {
    expect(requestGoalMet({ kind: 'request', text: '', match: { operation: 'AssumeRole' }, after: { operation: 'AssumeRole' } }, [attempt('success')])).toBe(false)
  })
})
