// Whether each goal of a lesson is met: request goals from the lesson's history (its structured
// results), goals about the world (probes, grid decisions) from what the engine answered on it.
import { requestGoalMet, type AttemptRecord, type GridGoal, type Goal, type ProbeGoal } from '../../engine/lessons.ts'

export type GoalState = 'met' | 'unmet' | 'checking'

/** The goals about the world (probe and grid goals), in order: what the engine is asked about. */
export function probeGoalsOf(goals: readonly Goal[]): (ProbeGoal | GridGoal)[] {
  return goals.filter((goal): goal is ProbeGoal | GridGoal => goal.kind !== 'request')
}

/**
 * One state per goal. `probes` holds the engine's answers for the probe goals in order, or is
 * undefined while they are being checked; `history` is undefined when the lesson is not open.
 */
export function goalStates(goals: readonly Goal[], history: readonly AttemptRecord[] | undefined, probes: readonly boolean[] | undefined): GoalState[] {
  let probeIndex = 0
  return goals.map((goal) => {
    if (history === undefined) return 'unmet'
    if (goal.kind === 'request') return requestGoalMet(goal, history) ? 'met' : 'unmet'
    const answer = probes?.[probeIndex++]
    return answer === undefined ? 'checking' : answer ? 'met' : 'unmet'
  })
}

export function allMet(states: readonly GoalState[]): boolean {
  return states.length > 0 && states.every((state) => state === 'met')
}
