import type { SigningWork } from './auth/signing-work.ts'
import type { ConsoleRefusal, ConsoleSession } from './console/console-types.ts'
import type { StsFaultInfo } from './errors/faults.ts'
import type { Check } from './explain/checks.ts'
import type { IssuedCredentials, IssuedToken } from './explain/issued-credentials.ts'
import type { HttpResponse } from './http.ts'
import type { QueryPair } from './protocol/query-codec.ts'

/** Everything the engine can say about one request: the wire response and why. */
export interface EngineResult {
  response: HttpResponse
  /**
   * What kind of answer this is: 2xx, a 302 (to the IAM home page; or, from the console federation
   * endpoint's login, to the console), or an error body. The engine
   * always sets it (and `parameters`); both are optional only so that results built by hand in
   * src/app and src/server tests still compile until those fixtures name them.
   */
  outcome?: 'success' | 'redirect' | 'error'
  /**
   * The error an error answer carries, exactly as its body says it; undefined on a success or a
   * redirect, and on the console federation endpoint's refusals (HTML pages, not STS errors: see
   * consoleRefusal).
   */
  fault?: StsFaultInfo
  /**
   * The index into `checks` of the check that decided a redirect or an error (its first failure).
   * Undefined on a success: a success is decided by every check passing, not by one of them.
   */
  decidingIndex?: number
  /** The Query parameters as STS read them (the form body of a POST, else the query string), in wire order. */
  parameters?: QueryPair[]
  /** The Action, when the request named one. */
  operation?: string
  requestId: string
  checks: Check[]
  /** The id of the check that decided the response (kept for compatibility; see decidingIndex). */
  decidedBy?: string
  /** SigV4 working as the server computed it, when the request was signed. */
  signing?: SigningWork
  /** The temporary credentials a success issued, and who they act as. */
  issued?: IssuedCredentials
  /** The token a GetWebIdentityToken success issued, and when it expires. */
  issuedToken?: IssuedToken
  /**
   * Requests to the console federation endpoint (path `/federation`, any host) only: why it refused
   * (on `outcome: 'error'`; the body is an HTML page, so there is no `fault`). `operation` is then
   * `getSigninToken` or `login` (or whatever Action was sent).
   */
  consoleRefusal?: ConsoleRefusal
  /**
   * Console federation endpoint only: the console session a getSigninToken success's SigninToken
   * opens, or that a login redirect (`outcome: 'redirect'`) opened.
   */
  console?: ConsoleSession
}
