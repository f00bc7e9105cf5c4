import { checkConsoleCredentials } from './console-credentials.ts'
import { consoleDuration } from './console-duration.ts'
import type { ConsoleAnswer, ConsoleContext } from './console-answer.ts'
import { errorPage, INVALID_CREDENTIALS_PARAMETER, signinTokenJson, SYNTACTICALLY_INCORRECT } from './console-pages.ts'
import type { ConsoleRefusal } from './console-types.ts'
import { parseSessionParameter } from './session-parameter.ts'
import { sealSigninToken, SIGNIN_TOKEN_LIFETIME_MS } from './signin-token.ts'

/** Every getSigninToken refusal on record is this 400 page (console-pages.ts). */
function refuse(refusal: ConsoleRefusal): ConsoleAnswer {
  return { kind: 'refusal', status: 400, body: errorPage(400, INVALID_CREDENTIALS_PARAMETER, SYNTACTICALLY_INCORRECT), refusal }
}

/**
 * `Action=getSigninToken&Session=…[&SessionDuration=…]`: temporary credentials in, a SigninToken out
 * (IAM User Guide: "Enable custom identity broker access to the AWS console", step 5). Credentials
 * that the console will not take at all (long-term keys, invalid or expired ones) are refused here;
 * GetSessionToken credentials get a token and are refused at login (99designs/aws-vault#1191: the
 * browser showed AWS's refusal after aws-vault had its token).
 */
export function getSigninToken(context: ConsoleContext): ConsoleAnswer {
  const { values, log, nowMs } = context
  const raw = values.get('Session')
  if (raw === undefined) {
    log.fail('console.session', 'The request carries a Session', 'There is no Session parameter: getSigninToken needs the temporary credentials as URL-encoded JSON {"sessionId", "sessionKey", "sessionToken"}.')
    return refuse({ reason: 'missing-session', message: 'getSigninToken needs a Session parameter.' })
  }
  const parsed = parseSessionParameter(raw)
  if (!parsed.ok) {
    log.fail('console.session', 'The request carries a Session', parsed.why)
    return refuse({ reason: 'invalid-credentials', message: parsed.why })
  }
  log.pass('console.session', 'The request carries a Session', `Credentials of ${parsed.session.sessionId}${parsed.session.sessionToken ? ', with a session token' : ', without a session token'}.`)

  const checked = checkConsoleCredentials(parsed.session, context.credentials, nowMs)
  if (!checked.ok) {
    log.fail('console.credentials', 'The Session holds valid temporary credentials', checked.refusal.message)
    return refuse(checked.refusal)
  }
  const { session } = checked
  log.pass('console.credentials', 'The Session holds valid temporary credentials', `${checked.principalArn}, credentials issued by ${session.issuedBy}, valid until ${new Date(session.expiresAt).toISOString()}.`)

  const duration = consoleDuration(values.get('SessionDuration'), session, nowMs)
  if (!duration.ok) {
    log.fail('console.duration', 'SessionDuration is allowed for these credentials', duration.refusal.message)
    return refuse(duration.refusal)
  }
  log.pass('console.duration', 'SessionDuration is allowed for these credentials', duration.why)

  const opened = { principalArn: checked.principalArn, account: session.account, issuedBy: session.issuedBy, expiresAt: duration.consoleExpiresAt }
  const token = sealSigninToken(
    { v: 1, accessKeyId: session.accessKeyId, principalArn: opened.principalArn, account: opened.account, issuedBy: session.issuedBy, issuedAt: nowMs, expiresAt: nowMs + SIGNIN_TOKEN_LIFETIME_MS, consoleExpiresAt: duration.consoleExpiresAt },
    context.sessionKey,
    context.hashing,
  )
  log.pass('console.signin-token', 'A SigninToken is issued', `Valid for 15 minutes, until ${new Date(nowMs + SIGNIN_TOKEN_LIFETIME_MS).toISOString()}; use it with Action=login.`)
  // The JSON answer's Content-Type is not on record; the playground says application/json.
  return { kind: 'success', body: signinTokenJson(token), contentType: 'application/json', console: opened }
}
