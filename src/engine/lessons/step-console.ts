import type { ExperimentKeys } from '../compare/sign-experiment.ts'
import { consoleLoginRequest, consoleSigninRequest } from '../console/console-requests.ts'
import type { EngineResult } from '../engine-result.ts'
import type { HttpRequest } from '../http.ts'

export const CONSOLE_HOST = 'signin.aws.amazon.com'

/** The getSigninToken GET of the console federation endpoint, as the comparison table and a custom broker build it. */
export function signinTokenRequest(keys: ExperimentKeys, sessionDuration: number | undefined): HttpRequest {
  return consoleSigninRequest(keys, sessionDuration === undefined ? {} : { sessionDuration })
}

/** The login GET for a getSigninToken success's token (its JSON answer `{"SigninToken": "…"}`), or undefined. */
export function loginRequestAfter(result: EngineResult): HttpRequest | undefined {
  if (result.outcome !== 'success') return undefined
  try {
    const token = (JSON.parse(result.response.body) as { SigninToken?: unknown }).SigninToken
    return typeof token === 'string' ? consoleLoginRequest(token) : undefined
  } catch {
    return undefined
  }
}
