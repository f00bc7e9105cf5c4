// What a show-me's last attempt came to, read from the engine's structured result: the outcome, the
// fault's code, and how long the credentials (or the console session) it issued last.
import type { EngineResult } from '../../engine/types.ts'
import { secondsAfterSending } from '../../engine/lessons.ts'

export interface AttemptOutcome {
  outcome: 'success' | 'error' | 'redirect'
  operation: string
  faultCode?: string
  /** Seconds from sending to the issued credentials' expiry. */
  issuedSeconds?: number
  /** Seconds the console session lasts. */
  consoleSeconds?: number
}

export function attemptOutcome(attempt: { operation: string; result: EngineResult; sentAt: number }): AttemptOutcome {
  const { result } = attempt
  const outcome = result.outcome ?? (result.response.status >= 400 ? 'error' : result.response.status >= 300 ? 'redirect' : 'success')
  const faultCode = result.fault?.code ?? result.consoleRefusal?.reason
  const expiry = result.issued === undefined ? undefined : Date.parse(result.issued.expiration)
  return {
    outcome,
    operation: attempt.operation,
    ...(faultCode === undefined ? {} : { faultCode }),
    ...(expiry === undefined || Number.isNaN(expiry) ? {} : { issuedSeconds: secondsAfterSending(attempt, expiry) }),
    ...(result.console === undefined ? {} : { consoleSeconds: secondsAfterSending(attempt, result.console.expiresAt) }),
  }
}

/** `1 h`, `15 min`, `1 h 30 min`, `36 h`, `45 s`. */
export function spanWords(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  if (hours === 0) return `${minutes} min`
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
}

/** One sentence: `AssumeRole succeeded: credentials for 1 h.`, `AssumeRole failed with AccessDenied.` */
export function outcomeSentence(found: AttemptOutcome): string {
  if (found.outcome === 'error') return `${found.operation} failed${found.faultCode === undefined ? '' : ` with ${found.faultCode}`}.`
  const lasting = [
    found.issuedSeconds === undefined ? undefined : `credentials for ${spanWords(found.issuedSeconds)}`,
    found.consoleSeconds === undefined ? undefined : `a console session of ${spanWords(found.consoleSeconds)}`,
  ].filter((part) => part !== undefined)
  const verb = found.outcome === 'redirect' ? 'redirected' : 'succeeded'
  return `${found.operation} ${verb}${lasting.length === 0 ? '' : `: ${lasting.join(', ')}`}.`
}
