// One request the playground sent and the engine's answer: a history entry.
import type { EngineResult, HttpRequest, EndpointChoice } from '../engine/types.ts'
import type { RequestDraft } from './request-draft.ts'

export interface Exchange {
  /** Unique within a browser's history, increasing: `1`, `2`, … */
  id: string
  /** The caller's ARN when the request was sent, or `anonymous`. */
  callerLabel: string
  operation: string
  endpoint: EndpointChoice
  /** The form as it was when sent, to restore it. */
  draft: RequestDraft
  /** The HTTP request exactly as sent (signed, unless anonymous). */
  request: HttpRequest
  result: EngineResult
  /** The engine-clock instant the request was signed and sent at (epoch ms). */
  sentAt: number
}
