import { describe, expect, it } from 'vitest'
import type { EngineResult } from '../../engine/types.ts'
import type { AttemptRecord, Goal } from '../../engine/lessons.ts'
import { allMet, goalStates, probeGoalsOf } from './goal-state.ts'

function attempt(operation: string, outcome: 'success' | 'error'): AttemptRecord {
  const result = { response: { status: outcome === 'success' ? 200 : 403, headers: {}, body: '' }, requestId: 'r', checks: [], outcome, operation, parameters: [['Action', operation]] } as EngineResult
  return { callerLabel: 'arn:aws:iam::111111111111:user/alice', operation, request: { method: 'POST', url: '/', headers: {}, body: `Action=${operation}` }, result, sentAt: 0 }
}

const goals: Goal[] = [
  { kind: 'request', text: 'Fail first', match: { operation: 'AssumeRole', outcome: 'error' } },
  { kind: 'probe', text: 'The world allows it', steps: [], match: { outcome: 'success' } },
  { kind: 'request', text: 'Then succeed', match: { operation: 'AssumeRole', outcome: 'success' }, after: { operation: 'AssumeRole', outcome: 'error' } },
]

describe('goalStates', () => {
  it('is unmet everywhere while the lesson is not open', () => {
    expect(goalStates(goals, undefined, [true])).toEqual(['unmet', 'unmet', 'unmet'])
  })

  it('reads request goals from the history and probe goals from the engine’s answers, in order', () => {
    const history = [attempt('AssumeRole', 'error'), attempt('AssumeRole', 'success')]
    expect(goalStates(goals, history, undefined)).toEqual(['met', 'checking', 'met'])
    expect(goalStates(goals, history, [false])).toEqual(['met', 'unmet', 'met'])
    expect(allMet(goalStates(goals, history, [true]))).toBe(true)
  })

  it('needs the order an `after` asks for', () => {
    const history = [attempt('AssumeRole', 'success'), attempt('AssumeRole', 'error')]
    expect(goalStates(goals, history, [true])).toEqual(['met', 'met', 'unmet'])
  })

  it('lists the probe goals to ask the engine about', () => {
    expect(probeGoalsOf(goals).map((goal) => goal.text)).toEqual(['The world allows it'])
    expect(allMet([])).toBe(false)
  })

  it('asks the engine about grid goals too, in order with the probes', () => {
    const withGrid: Goal[] = [...goals, { kind: 'grid', text: 'The grid allows it', principalArn: 'arn:aws:iam::111111111111:role/Dev', action: 's3:PutObject', decision: 'allow' }]
    expect(probeGoalsOf(withGrid).map((goal) => goal.kind)).toEqual(['probe', 'grid'])
    const history = [attempt('AssumeRole', 'error'), attempt('AssumeRole', 'success')]
    expect(goalStates(withGrid, history, [true, false])).toEqual(['met', 'met', 'met', 'unmet'])
  })
})
