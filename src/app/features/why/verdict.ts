// What the Why panel says about one answer: which check decided it, the verdict in one sentence, and
// which checks stay in view when a long run is folded.
import type { Check, EngineResult } from '../../engine/types.ts'
import { statusText } from '../../ui/status-text.ts'


/**
 * One sentence in plain words: `AssumeRole failed: AccessDenied — decided by “Role trust policy
 * allows the caller”.` or `GetCallerIdentity succeeded: every check passed.`
 */
export function verdictSentence(operation: string, result: Pick<EngineResult, 'response' | 'checks' | 'decidingIndex' | 'fault'>): string {
  const { status } = result.response
  // The engine names the deciding check of a refusal or redirect; a success has none (every check passed).
  const decider = result.decidingIndex === undefined ? undefined : result.checks[result.decidingIndex]
  const decidedBy = decider === undefined ? '' : ` — decided by “${decider.title}”`
  if (status < 300) {
    const failures = result.checks.filter((check) => check.outcome === 'fail').length
    if (failures > 0) return `${operation} succeeded; ${failures === 1 ? 'one check' : `${failures} checks`} failed without stopping it.`
    const skipped = result.checks.filter((check) => check.outcome === 'skip').length
    return `${operation} succeeded: every check passed${skipped === 0 ? '' : ` (${skipped} skipped)`}.`
  }
  if (status < 400) return `${operation} was redirected (${statusText(status)})${decidedBy}.`
  return `${operation} failed: ${result.fault?.code ?? statusText(status)}${decidedBy}.`
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
