import type { Hashing } from '../auth/hashing.ts'
import type { CheckLog } from '../explain/checks.ts'
import type { CredentialResolver } from '../sessions/resolve-credentials.ts'
import type { ConsoleRefusal, ConsoleSession } from './console-types.ts'

/** What the federation endpoint's handlers need: the request's parameters and the engine's means. */
export interface ConsoleContext {
  values: ReadonlyMap<string, string>
  log: CheckLog
  nowMs: number
  sessionKey: Uint8Array
  hashing: Hashing
  credentials: CredentialResolver
}

/** A handler's answer, before the engine dresses it as an EngineResult. */
export type ConsoleAnswer =
  | { kind: 'success'; body: string; contentType: string; console: ConsoleSession }
  | { kind: 'redirect'; location: string; console: ConsoleSession }
  | { kind: 'refusal'; status: number; body: string; refusal: ConsoleRefusal }
