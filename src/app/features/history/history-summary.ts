// What one history entry says at a glance: its outcome, error code, deciding check, send time and
// the parameters it carried. Pure, so the list and the comparison read exchanges the same way.
import { parseQuery } from '../../engine/sts-model.ts'
import type { Check, EngineResult, HttpRequest, HttpResponse, QueryPair } from '../../engine/types.ts'
import { parseAwsError } from '../response/aws-error.ts'
import { statusTone, type StatusTone } from '../../ui/status-text.ts'
import { decidingIndex } from '../why/verdict.ts'

/**
 * The `Code` of an STS error body: `<Error>…<Code>X</Code>` in XML, `{"Error":{"Code":"X"}}` in the
 * legacy JSON form (`Accept: application/json`). Undefined for a success, a redirect or a body that
 * carries no code.
 */
export function errorCode(response: HttpResponse): string | undefined {
  const code = parseAwsError(response.body)?.code.trim()
  return code === '' ? undefined : code
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

export function outcomeOf(response: HttpResponse): Outcome {
  const tone = statusTone(response.status)
  const code = errorCode(response)
  return { tone, ...tones[tone], text: code === undefined ? String(response.status) : `${response.status} ${code}` }
}

/**
 * The check named by `decidedBy`: its failure when it failed (a check id can repeat), else its last
 * occurrence, as the Why panel marks it.
 */
export function decidingCheck(result: EngineResult): Check | undefined {
  return result.checks[decidingIndex(result)]
}

/**
 * The Query parameters a request carried, decoded, in wire order. Read where the engine reads them:
 * the body of a form POST, else the URL's query string.
 */
export function sentParameters(request: HttpRequest): QueryPair[] {
  const contentType = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1]
  const isForm = contentType?.toLowerCase().split(';')[0]?.trim() === 'application/x-www-form-urlencoded'
  if (request.method.toUpperCase() === 'POST' && isForm) return parseQuery(request.body)
  const url = request.url.split('#', 1)[0] ?? ''
  const at = url.indexOf('?')
  return at === -1 ? [] : parseQuery(url.slice(at + 1))
}
