import type { AttemptRecord } from './attempt-record.ts'
import { attemptMatches } from './attempt-match.ts'
import type { AttemptMatch, RequestGoal } from './lesson-types.ts'

/** The indexes of the attempts that match, oldest first. */
function matchingIndexes(match: AttemptMatch, attempts: readonly AttemptRecord[]): number[] {
  const found: number[] = []
  attempts.forEach((attempt, index) => {
    if (attemptMatches(match, attempt, attempts.slice(0, index))) found.push(index)
  })
  return found
}

/**
 * Whether the history (oldest first, since the lesson opened) meets a request goal: an attempt
 * matches `match` and, with `after`, an earlier attempt matches `after`.
 */
export function requestGoalMet(goal: RequestGoal, attempts: readonly AttemptRecord[]): boolean {
  const met = matchingIndexes(goal.match, attempts)
  if (met.length === 0) return false
  if (goal.after === undefined) return true
  const before = matchingIndexes(goal.after, attempts)
  const firstBefore = before[0]
  return firstBefore !== undefined && met.some((index) => index > firstBefore)
}
