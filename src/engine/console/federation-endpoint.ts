import type { Hashing } from '../auth/hashing.ts'
import type { CheckLog } from '../explain/checks.ts'
import type { HttpRequest } from '../http.ts'
import { firstValues, parseQuery, type QueryPair } from '../protocol/query-codec.ts'
import type { CredentialResolver } from '../sessions/resolve-credentials.ts'
import type { ConsoleAnswer } from './console-answer.ts'
import { errorPage } from './console-pages.ts'
import { getSigninToken } from './get-signin-token.ts'
import { login } from './login.ts'

/** The path of the federation endpoint, on any host (signin.aws.amazon.com, localhost…). */
export const FEDERATION_PATH = '/federation'

export interface FederationRequest {
  request: HttpRequest
  /** The raw query string of the URL. */
  query: string
  /** The request's headers, names in lower case. */
  headers: ReadonlyMap<string, string>
  log: CheckLog
  nowMs: number
  sessionKey: Uint8Array
  hashing: Hashing
  credentials: CredentialResolver
}

export interface FederationOutcome {
  parameters: QueryPair[]
  /** The Action as sent, when there is one. */
  action?: string
  answer: ConsoleAnswer
}

/**
 * Answers a request to the console federation endpoint. The parameters are those of the query
 * string; a form POST's body counts too (vouch-sh/vouch#240 POSTs a form to getSigninToken; the
 * documented way is a GET, IAM User Guide: "Enable custom identity broker access to the AWS console").
 */
export function answerFederation(input: FederationRequest): FederationOutcome {
  const { request, query, headers, log } = input
  const isForm = request.method.toUpperCase() === 'POST' && (headers.get('content-type') ?? '').toLowerCase().split(';')[0]?.trim() === 'application/x-www-form-urlencoded'
  const parameters = [...parseQuery(query), ...(isForm ? parseQuery(request.body) : [])]
  const values = firstValues(parameters)
  const action = values.get('Action')
  const context = { values, log, nowMs: input.nowMs, sessionKey: input.sessionKey, hashing: input.hashing, credentials: input.credentials }
  if (action === 'getSigninToken' || action === 'login') {
    log.pass('console.action', 'The federation endpoint knows the Action', `${action}, on the console federation endpoint (${FEDERATION_PATH}).`)
    return { parameters, action, answer: action === 'getSigninToken' ? getSigninToken(context) : login(context) }
  }
  // What AWS answers here is not on record; the playground refuses with a 400 page in its own words.
  const why = action === undefined ? 'There is no Action parameter: the federation endpoint answers Action=getSigninToken and Action=login.' : `The federation endpoint has no action "${action}": it answers getSigninToken and login.`
  log.fail('console.action', 'The federation endpoint knows the Action', why)
  return {
    parameters,
    ...(action === undefined ? {} : { action }),
    answer: { kind: 'refusal', status: 400, body: errorPage(400, 'Unknown action', `${why} (STS Playground wording.)`), refusal: { reason: 'unknown-action', message: why } },
  }
}
