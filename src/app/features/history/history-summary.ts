// What one history entry says at a glance: its outcome, error code, deciding check, send time and
// the parameters it carried, read from the engine's structured result (never from the body).
// Pure, so the list and the comparison read exchanges the same way.
import type { Check, EngineResult, QueryPair } from '../../engine/types.ts'
import { statusTone, type StatusTone } from '../../ui/status-text.ts'

/** The error code the engine reported; undefined for a success or a redirect. */
export function errorCode(result: Pick<EngineResult, 'fault'>): string | undefined {
  return result.fault?.code
}

export type OutcomeTone = StatusTone

export interface Outcome {
  tone: OutcomeTone
  /** A shape that differs per tone, so the outcome never rests on colour alone. */
  icon: '✓' | '↪' | '✗' | '!'
  /** What a screen reader hears for the icon: `Succeeded`, `Failed`, … */
  word: string
  /** Status and, for an error, its code: `200`, `403 AccessDenied`. */
  text: string
}

const tones: Record<OutcomeTone, Pick<Outcome, 'icon' | 'word'>> = {
  success: { icon: '✓', word: 'Succeeded' },
  redirect: { icon: '↪', word: 'Redirected' },
  'client-error': { icon: '✗', word: 'Failed' },
  'server-error': { icon: '!', word: 'Server error' },
}

export function outcomeOf(result: Pick<EngineResult, 'response' | 'fault'>): Outcome {
  const { status } = result.response
  const tone = statusTone(status)
  const code = errorCode(result)
  return { tone, ...tones[tone], text: code === undefined ? String(status) : `${status} ${code}` }
}

/** The check that decided a refusal or redirect; undefined for a success (every check passed). */
export function decidingCheck(result: Pick<EngineResult, 'checks' | 'decidingIndex'>): Check | undefined {
  return result.decidingIndex === undefined ? undefined : result.checks[result.decidingIndex]
}

/** The Query parameters the request carried, as STS read them, in wire order. */
export function sentParameters(result: Pick<EngineResult, 'parameters'>): readonly QueryPair[] {
  return result.parameters ?? []
}
