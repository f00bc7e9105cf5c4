import type { EngineResult } from '../engine-result.ts'
import type { HttpRequest } from '../http.ts'

/**
 * One request and the engine's answer, as goals see it. Structurally a subset of the app's history
 * entry (`Exchange`), so the app passes its history straight in.
 */
export interface AttemptRecord {
  /** The caller's ARN when the request was sent, or `anonymous`. */
  callerLabel: string
  /** The Action, or `getSigninToken` / `login` for the console federation endpoint. */
  operation: string
  /** The HTTP request exactly as sent. */
  request: HttpRequest
  result: EngineResult
  /** The engine-clock instant the request was signed and sent at (epoch ms). */
  sentAt: number
}
