// What a lesson's steps did, into a playground: each attempt becomes a history entry (issued
// credentials go to the wallet, as with Send), the clock moves where the steps left it.
import { GLOBAL_ENDPOINT, stsEndpointHost } from '../engine/endpoints.ts'
import type { LessonRun } from '../engine/engine-host.ts'
import type { LessonAttempt } from '../engine/lessons.ts'
import type { Exchange } from './exchange.ts'
import { freshState, playgroundReducer, type PlaygroundAction, type PlaygroundState } from './playground-state.ts'
import type { World } from '../engine/types.ts'

/** The global endpoint's host: an attempt sent there is shown as sent to "global". */
const GLOBAL_HOST = stsEndpointHost(GLOBAL_ENDPOINT)

/** A history entry for one attempt; its draft is the caller, operation and fields the step sent. */
export function exchangeOfAttempt(attempt: LessonAttempt): Omit<Exchange, 'id'> {
  return {
    callerLabel: attempt.callerLabel,
    operation: attempt.operation,
    endpoint: attempt.host === GLOBAL_HOST || attempt.host.startsWith('signin.') ? GLOBAL_ENDPOINT : attempt.region,
    draft: { callerId: attempt.callerId, operation: attempt.operation, fields: { [attempt.operation]: { ...attempt.fields } } },
    request: attempt.request,
    result: attempt.result,
    sentAt: attempt.sentAt,
  }
}

/** The actions that record a run: one per attempt, then the clock. */
export function runActions(run: Pick<LessonRun, 'attempts' | 'clockOffsetMs'>): PlaygroundAction[] {
  return [...run.attempts.map((attempt): PlaygroundAction => ({ type: 'recorded', exchange: exchangeOfAttempt(attempt) })), { type: 'clock', offsetMs: run.clockOffsetMs }]
}

export function withRun(state: PlaygroundState, run: Pick<LessonRun, 'attempts' | 'clockOffsetMs'>): PlaygroundState {
  return runActions(run).reduce(playgroundReducer, state)
}

/** A new playground on a lesson's (or a show-me's) world, sealing tokens with this key. */
export function scenarioState(world: World, sessionKey: string): PlaygroundState {
  return { ...freshState(sessionKey), world }
}
