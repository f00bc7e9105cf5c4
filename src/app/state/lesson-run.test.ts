import { describe, expect, it } from 'vitest'
import type { LessonAttempt } from '../engine/lessons.ts'
import type { EngineResult } from '../engine/types.ts'
import { exchangeOfAttempt, scenarioState, withRun } from './lesson-run.ts'
import { freshState, playgroundReducer } from './playground-state.ts'

function attempt(part: Partial<LessonAttempt>): LessonAttempt {
  const result = { response: { status: 200, headers: {}, body: '' }, requestId: 'r', checks: [], outcome: 'success' } as EngineResult
  return { callerLabel: 'arn:aws:iam::111111111111:user/alice', callerId: 'AKIARTXV5AHDSAGTTNG7', operation: 'GetCallerIdentity', fields: {}, host: 'sts.amazonaws.com', region: 'us-east-1', request: { method: 'POST', url: '/', headers: {}, body: '' }, result, sentAt: 1000, ...part }
}

describe('exchangeOfAttempt', () => {
  it('makes a history entry whose draft is the caller, operation and fields sent', () => {
    const exchange = exchangeOfAttempt(attempt({ operation: 'AssumeRole', fields: { RoleArn: 'arn:aws:iam::111111111111:role/Dev' }, host: 'sts.eu-west-1.amazonaws.com', region: 'eu-west-1' }))
    expect(exchange.draft).toEqual({ callerId: 'AKIARTXV5AHDSAGTTNG7', operation: 'AssumeRole', fields: { AssumeRole: { RoleArn: 'arn:aws:iam::111111111111:role/Dev' } } })
    expect(exchange.endpoint).toBe('eu-west-1')
  })

  it('files a console sign-in under the global endpoint, and restoring it leaves the form alone', () => {
    const consoleExchange = exchangeOfAttempt(attempt({ operation: 'getSigninToken', host: 'signin.aws.amazon.com', region: '' }))
    expect(consoleExchange.endpoint).toBe('global')
    const state = withRun(freshState('a2V5'), { attempts: [attempt({ operation: 'getSigninToken', host: 'signin.aws.amazon.com', region: '' })], clockOffsetMs: 5000 })
    expect(state.history).toHaveLength(1)
    expect(state.clockOffsetMs).toBe(5000)
    expect(playgroundReducer(state, { type: 'restore', exchange: state.history[0]! })).toBe(state)
  })

  it('starts a scenario on the given world', () => {
    const world = { ...freshState('a2V5').world, name: 'Lesson world' }
    expect(scenarioState(world, 'a2V5').world.name).toBe('Lesson world')
  })
})
