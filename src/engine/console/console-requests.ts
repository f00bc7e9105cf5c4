import type { EngineResult } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import { encodeQuery, type QueryPair } from '../protocol/query-codec.ts'
import type { ConsoleRefusal, ConsoleSession } from './console-types.ts'
import { FEDERATION_PATH } from './federation-endpoint.ts'

/** Credentials as a client holds them; sessionToken is absent for long-term keys. */
export interface ConsoleCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface ConsoleSigninOptions {
  /** SessionDuration, in seconds (sent as given; a string lets a test send a malformed value). */
  sessionDuration?: number | string
  /** The Host header: signin.aws.amazon.com by default (any host reaches the endpoint). */
  host?: string
}

export interface ConsoleLoginOptions {
  /** The console page to land on: https://console.aws.amazon.com/ when absent. */
  destination?: string
  /** The broker's own sign-in page (sent as Issuer, as the IAM User Guide's example does). */
  issuer?: string
  host?: string
}

const DEFAULT_HOST = 'signin.aws.amazon.com'

function get(pairs: QueryPair[], host: string): HttpRequest {
  return { method: 'GET', url: `${FEDERATION_PATH}?${encodeQuery(pairs)}`, headers: { host }, body: '' }
}

/**
 * The getSigninToken GET for these credentials, as the IAM User Guide's custom-broker example
 * builds it: `Action=getSigninToken[&SessionDuration=…]&Session=<URL-encoded JSON>`.
 */
export function consoleSigninRequest(credentials: ConsoleCredentials, options: ConsoleSigninOptions = {}): HttpRequest {
  const session = JSON.stringify({ sessionId: credentials.accessKeyId, sessionKey: credentials.secretAccessKey, ...(credentials.sessionToken === undefined ? {} : { sessionToken: credentials.sessionToken }) })
  const pairs: QueryPair[] = [['Action', 'getSigninToken'], ...(options.sessionDuration === undefined ? [] : [['SessionDuration', String(options.sessionDuration)] as const]), ['Session', session]]
  return get(pairs, options.host ?? DEFAULT_HOST)
}

/** The login GET a browser follows: `Action=login&Issuer=…&Destination=…&SigninToken=…`. */
export function consoleLoginRequest(signinToken: string, options: ConsoleLoginOptions = {}): HttpRequest {
  const pairs: QueryPair[] = [['Action', 'login'], ...(options.issuer === undefined ? [] : [['Issuer', options.issuer] as const]), ...(options.destination === undefined ? [] : [['Destination', options.destination] as const]), ['SigninToken', signinToken]]
  return get(pairs, options.host ?? DEFAULT_HOST)
}

/** Both steps of console sign-in for one set of credentials, and the verdict. */
export interface ConsoleSigninAttempt {
  /** True when login redirected to the console. */
  allowed: boolean
  getSigninToken: EngineResult
  /** Absent when getSigninToken refused. */
  login?: EngineResult
  /** Why not, from whichever step refused. */
  refusal?: ConsoleRefusal
  /** The console session login opened. */
  console?: ConsoleSession
}

/**
 * "SSO to the console: allowed or not" for a set of credentials: getSigninToken, then login with
 * the token, as a broker and a browser would. Some credentials are refused at the first step
 * (long-term keys, a SessionDuration they may not set), some only at the second (GetSessionToken's).
 */
export async function attemptConsoleSignin(
  engine: { handle(request: HttpRequest): Promise<EngineResult> },
  credentials: ConsoleCredentials,
  options: ConsoleSigninOptions & Omit<ConsoleLoginOptions, 'host'> = {},
): Promise<ConsoleSigninAttempt> {
  const { destination, issuer, ...signin } = options
  const first = await engine.handle(consoleSigninRequest(credentials, signin))
  if (first.outcome !== 'success') return { allowed: false, getSigninToken: first, ...(first.consoleRefusal ? { refusal: first.consoleRefusal } : {}) }
  const token = (JSON.parse(first.response.body) as { SigninToken: string }).SigninToken
  const second = await engine.handle(consoleLoginRequest(token, { ...(destination === undefined ? {} : { destination }), ...(issuer === undefined ? {} : { issuer }), ...(signin.host === undefined ? {} : { host: signin.host }) }))
  const allowed = second.outcome === 'redirect'
  return {
    allowed,
    getSigninToken: first,
    login: second,
    ...(second.consoleRefusal ? { refusal: second.consoleRefusal } : {}),
    ...(allowed && second.console ? { console: second.console } : {}),
  }
}
