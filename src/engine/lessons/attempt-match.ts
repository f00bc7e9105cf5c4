import { firstValues } from '../protocol/query-codec.ts'
import type { AttemptMatch, SecondsRange } from './lesson-types.ts'
import type { AttemptRecord } from './attempt-record.ts'
import { issuedByOf, regionOf, secondsAfterSending } from './attempt-facts.ts'

/** A regular expression from lesson data; an invalid one matches nothing (the catalog test reports it). */
function matchesPattern(pattern: string, text: string | undefined): boolean {
  if (text === undefined) return false
  try {
    return new RegExp(pattern).test(text)
  } catch {
    return false
  }
}

function inRange(range: SecondsRange, seconds: number | undefined): boolean {
  if (seconds === undefined || Number.isNaN(seconds)) return false
  return (range.min === undefined || seconds >= range.min) && (range.max === undefined || seconds <= range.max)
}

function callerMatches(caller: NonNullable<AttemptMatch['caller']>, attempt: AttemptRecord, earlier: readonly AttemptRecord[]): boolean {
  const issued = issuedByOf(attempt, earlier)
  if (caller.issuedBy !== undefined && issued?.by !== caller.issuedBy) return false
  // The caller's ARN: who the issuing attempt said the credentials act as, else the attempt's label.
  if (caller.arn !== undefined && !matchesPattern(caller.arn, issued?.arn ?? attempt.callerLabel)) return false
  return true
}

function parametersMatch(expected: Readonly<Record<string, string | null>>, attempt: AttemptRecord): boolean {
  const sent = firstValues(attempt.result.parameters ?? [])
  return Object.entries(expected).every(([name, pattern]) => (pattern === null ? !sent.has(name) : matchesPattern(pattern, sent.get(name))))
}

function issuedMatches(expected: NonNullable<AttemptMatch['issued']>, attempt: AttemptRecord): boolean {
  const { result } = attempt
  if (result.outcome !== 'success') return false
  const expiration = (result.issued ?? result.issuedToken)?.expiration
  if (expiration === undefined) return false
  if (expected.lifetimeSeconds !== undefined && !inRange(expected.lifetimeSeconds, secondsAfterSending(attempt, Date.parse(expiration)))) return false
  if (expected.arn !== undefined && !matchesPattern(expected.arn, result.issued?.arn)) return false
  return true
}

/**
 * Whether one attempt shows everything `match` asks for (every field given must hold; an empty
 * match holds for any attempt). `earlier` are the attempts before it, oldest first: where
 * `caller.issuedBy` finds the attempt that issued the credentials it was signed with. Never throws.
 */
export function attemptMatches(match: AttemptMatch, attempt: AttemptRecord, earlier: readonly AttemptRecord[]): boolean {
  const { result } = attempt
  if (match.operation !== undefined && ![match.operation].flat().includes(attempt.operation)) return false
  if (match.outcome !== undefined && result.outcome !== match.outcome) return false
  if (match.faultCode !== undefined && result.fault?.code !== match.faultCode) return false
  if (match.decidedBy !== undefined && result.decidedBy !== match.decidedBy) return false
  if (match.caller !== undefined && !callerMatches(match.caller, attempt, earlier)) return false
  if (match.parameters !== undefined && !parametersMatch(match.parameters, attempt)) return false
  if (match.region !== undefined && regionOf(attempt.request) !== match.region) return false
  if (match.issued !== undefined && !issuedMatches(match.issued, attempt)) return false
  if (match.consoleSessionSeconds !== undefined) {
    const session = result.console
    if (session === undefined || !inRange(match.consoleSessionSeconds, secondsAfterSending(attempt, session.expiresAt))) return false
  }
  return true
}
