import type { ConsoleAnswer, ConsoleContext } from './console-answer.ts'
import { consoleCredentialKind } from './console-credentials.ts'
import { errorPage, INVALID_SIGNIN_TOKEN_PAGE, ONLY_FEDERATION_OR_ROLE_TOKENS } from './console-pages.ts'
import { openSigninToken } from './signin-token.ts'

/** Where login sends the browser when the URL names no Destination (the console home, as aws-vault's cli/login.go uses). */
export const DEFAULT_DESTINATION = 'https://console.aws.amazon.com/'

/**
 * `Action=login&Issuer=…&Destination=…&SigninToken=…`: a valid SigninToken redirects (302) to the
 * Destination with a console session (IAM User Guide: "Enable custom identity broker access to the
 * AWS console", step 6; "We recommend returning the URL through a secure redirect, for example, by
 * using a 302 HTTP response status code"). The token is good for 15 minutes.
 */
export function login(context: ConsoleContext): ConsoleAnswer {
  const { values, log, nowMs } = context
  const token = values.get('SigninToken')
  const claims = token === undefined ? undefined : openSigninToken(token, context.sessionKey, context.hashing)
  if (!claims || claims.expiresAt <= nowMs) {
    const why = token === undefined ? 'There is no SigninToken parameter.' : !claims ? 'The SigninToken is not one this endpoint issued, or it was altered.' : `The SigninToken expired at ${new Date(claims.expiresAt).toISOString()} (15 minutes after getSigninToken made it).`
    log.fail('console.signin-token', 'The SigninToken is valid', why)
    return { kind: 'refusal', status: 400, body: errorPage(400, 'Invalid SigninToken', INVALID_SIGNIN_TOKEN_PAGE), refusal: { reason: 'invalid-signin-token', message: why } }
  }
  log.pass('console.signin-token', 'The SigninToken is valid', `Issued for ${claims.principalArn}, valid until ${new Date(claims.expiresAt).toISOString()}.`)

  const kind = consoleCredentialKind(claims)
  if (kind === 'other-session') {
    const why = `The credentials behind this token were issued by ${claims.issuedBy}: only federation tokens (GetFederationToken) and role sessions (AssumeRole*) may sign in to the console.`
    log.fail('console.credentials', 'The credentials may sign in to the console', why)
    return { kind: 'refusal', status: 400, body: errorPage(400, 'Federated login is not allowed', ONLY_FEDERATION_OR_ROLE_TOKENS), refusal: { reason: 'session-token-credentials', message: why } }
  }
  log.pass('console.credentials', 'The credentials may sign in to the console', `${kind === 'federated-user' ? 'A federated user' : 'A role session'} (${claims.issuedBy}).`)

  const destination = values.get('Destination') ?? DEFAULT_DESTINATION
  log.pass('console.destination', 'The browser is sent to the Destination', `302 to ${destination}; the console session ends at ${new Date(claims.consoleExpiresAt).toISOString()}.`)
  return { kind: 'redirect', location: destination, console: { principalArn: claims.principalArn, account: claims.account, issuedBy: claims.issuedBy, expiresAt: claims.consoleExpiresAt } }
}
