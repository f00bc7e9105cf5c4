// What the Why panel says about one answer: which check decided it, the verdict in one sentence, and
// which checks stay in view when a long run is folded.
import type { Check, EngineResult } from '../../engine/types.ts'
import { parseAwsError } from '../response/aws-error.ts'
import { statusText } from '../../ui/status-text.ts'

/** The check named by decidedBy: its failure if it failed, else its last occurrence; -1 when none. */
export function decidingIndex(result: Pick<EngineResult, 'checks' | 'decidedBy'>): number {
  const { checks, decidedBy } = result
  if (decidedBy === undefined) return -1
  const failed = checks.findIndex((check) => check.id === decidedBy && check.outcome === 'fail')
  return failed !== -1 ? failed : checks.findLastIndex((check) => check.id === decidedBy)
}

/**
 * One sentence in plain words: `AssumeRole failed: AccessDenied — decided by “Role trust policy
 * allows the caller”.` or `GetCallerIdentity succeeded: every check passed.`
 */
export function verdictSentence(operation: string, result: Pick<EngineResult, 'response' | 'checks' | 'decidedBy'>): string {
  const { status, body } = result.response
  const decider = result.checks[decidingIndex(result)]
  const decidedBy = decider === undefined ? '' : ` — decided by “${decider.title}”`
  if (status < 300) {
    const failures = result.checks.filter((check) => check.outcome === 'fail').length
    if (failures > 0) return `${operation} succeeded${decidedBy}.`
    const skipped = result.checks.filter((check) => check.outcome === 'skip').length
    return `${operation} succeeded: every check passed${skipped === 0 ? '' : ` (${skipped} skipped)`}.`
  }
  if (status < 400) return `${operation} was redirected (${statusText(status)})${decidedBy}.`
  const error = parseAwsError(body)
  return `${operation} failed: ${error?.code ?? statusText(status)}${decidedBy}.`
}

/** Show every check by default when there are this many or fewer. */
const FOLD_THRESHOLD = 12

/** Whether a run this long starts folded (passed checks hidden behind "Show all N checks"). */
export function startsFolded(checkCount: number): boolean {
  return checkCount > FOLD_THRESHOLD
}

export interface NumberedCheck {
  check: Check
  /** Its place in the full run, from 0. */
  index: number
}

/**
 * The checks to list: all of them, or (folded) all but the passed ones, keeping failures, skips
 * and the deciding check in view.
 */
export function visibleChecks(checks: readonly Check[], deciding: number, showAll: boolean): NumberedCheck[] {
  const numbered = checks.map((check, index) => ({ check, index }))
  return showAll ? numbered : numbered.filter(({ check, index }) => check.outcome !== 'pass' || index === deciding)
}
