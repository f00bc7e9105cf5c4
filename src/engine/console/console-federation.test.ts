import { describe, expect, it } from 'vitest'
import { sealSession } from '../sessions/session-token.ts'
import type { Session } from '../sessions/session.ts'
import { newTemporaryAccessKeyId, secretForAccessKey } from '../sessions/temporary-credentials.ts'
import { ALICE, T0 } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'
import { attemptConsoleSignin, consoleLoginRequest, consoleSigninRequest, type ConsoleCredentials } from './console-requests.ts'
import { openSigninToken, sealSigninToken } from './signin-token.ts'

// The console federation endpoint (https://signin.aws.amazon.com/federation). Sources, cited per case:
// - IAM User Guide, "Enable custom identity broker access to the AWS console" (the protocol, the
//   SessionDuration range and rules, the 15-minute token, the 302);
// - IAM User Guide, "Compare AWS STS credentials" (SSO to console: allowed for GetFederationToken,
//   not allowed for GetSessionToken);
// - AWS Knowledge Center, invalid-credentials-parameter (400 "Invalid credentials parameter" for
//   invalid credentials and for SessionDuration with role chaining);
// - 99designs/aws-vault#77, #104, #106, #1191; gravitational/teleport lib/srv/app/cloud.go and #9727.

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const BATCH = 'arn:aws:iam::111111111111:role/Batch'
const HOUR = 3600 * 1000

type Kind = 'long-term' | 'AssumeRole' | 'chained AssumeRole' | 'GetFederationToken' | 'GetSessionToken' | 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity' | 'AssumeRoot'

/** A session sealed directly with the engine's key (for issuers whose STS flow needs an IdP or an organization). */
function sealed(sessionKey: Uint8Array, issuedBy: Session['issuedBy'], role?: Session['role']): ConsoleCredentials {
  const accessKeyId = newTemporaryAccessKeyId('111111111111', { now: () => T0, randomBytes: (n) => new Uint8Array(n).fill(7) })
  const session: Session = {
    v: 1, issuedBy, accessKeyId, issuedAt: T0, expiresAt: T0 + HOUR, account: '111111111111', partition: 'aws', tags: {}, transitiveTagKeys: [], policies: [], policyArns: [], region: 'us-east-1',
    ...(role ? { role } : { user: { root: true } }),
  }
  return { accessKeyId, secretAccessKey: secretForAccessKey(accessKeyId, sessionKey), sessionToken: sealSession(session, sessionKey) }
}

async function credentialsFor(kind: Kind) {
  const sts = stsTestClient()
  const key = sts.engine.sessionKey
  const ok = async (r: Promise<Parameters<typeof credentialsOf>[0]>) => credentialsOf(await r)
  switch (kind) {
    case 'long-term':
      return { sts, creds: ALICE as ConsoleCredentials }
    case 'AssumeRole':
      return { sts, creds: await ok(sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'console' })) }
    case 'chained AssumeRole': {
      const dev = await ok(sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'dev' }))
      return { sts, creds: await ok(sts.call(dev, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'chain' })) }
    }
    case 'GetFederationToken':
      return { sts, creds: await ok(sts.call(ALICE, 'GetFederationToken', { Name: 'jane', DurationSeconds: 7200 })) }
    case 'GetSessionToken':
      return { sts, creds: await ok(sts.call(ALICE, 'GetSessionToken', {})) }
    case 'AssumeRoleWithSAML':
      return { sts, creds: sealed(key, 'AssumeRoleWithSAML', { name: 'SamlDeveloper', path: '/', roleId: 'AROARTXV5AHDSSAMLDEV2', sessionName: 'saml-user' }) }
    case 'AssumeRoleWithWebIdentity':
      return { sts, creds: sealed(key, 'AssumeRoleWithWebIdentity', { name: 'WebAppUser', path: '/', roleId: 'AROARTXV5AHDSWEBAPPUS', sessionName: 'web' }) }
    case 'AssumeRoot':
      return { sts, creds: sealed(key, 'AssumeRoot') }
  }
}

describe('console federation: which credentials may sign in to the console ("Compare AWS STS credentials": SSO to console)', () => {
  it.each<[Kind, boolean, string | undefined, 'getSigninToken' | 'login' | undefined]>([
    // Custom-broker page: AssumeRole (recommended) or GetFederationToken; SAML and OIDC role sessions are AssumeRole* sessions.
    ['AssumeRole', true, undefined, undefined],
    ['AssumeRoleWithSAML', true, undefined, undefined],
    ['AssumeRoleWithWebIdentity', true, undefined, undefined],
    // Without SessionDuration a chained role session works (teleport cloud.go: "Experiments showed…").
    ['chained AssumeRole', true, undefined, undefined],
    // Compare AWS STS credentials: GetFederationToken "SSO to console is allowed".
    ['GetFederationToken', true, undefined, undefined],
    // Compare AWS STS credentials: GetSessionToken "SSO to console is not allowed"; the refusal shows at login (aws-vault#1191).
    ['GetSessionToken', false, 'session-token-credentials', 'login'],
    // Not a federation or assume-role token (the wording of AWS's refusal; an inference for AssumeRoot).
    ['AssumeRoot', false, 'session-token-credentials', 'login'],
    // Long-term keys: refused at getSigninToken (aws-vault#104/#106 "fails with Bad Request").
    ['long-term', false, 'long-term-credentials', 'getSigninToken'],
  ])('%s: allowed %s', async (kind, allowed, reason, refusedAt) => {
    const { sts, creds } = await credentialsFor(kind)
    const attempt = await attemptConsoleSignin(sts.engine, creds)
    expect(attempt.allowed).toBe(allowed)
    expect(attempt.refusal?.reason).toBe(reason)
    if (refusedAt === 'getSigninToken') expect(attempt.login).toBeUndefined()
    if (refusedAt === 'login') expect(attempt.getSigninToken.outcome).toBe('success')
    if (allowed) {
      expect(attempt.login?.response.status).toBe(302)
      expect(attempt.login?.response.headers['Location']).toBe('https://console.aws.amazon.com/')
    } else {
      const refused = refusedAt === 'login' ? attempt.login : attempt.getSigninToken
      expect(refused?.response.status).toBe(400)
      expect(refused?.response.headers['Content-Type']).toBe('text/html;charset=UTF-8')
      expect(refused?.outcome).toBe('error')
      expect(refused?.fault).toBeUndefined()
      expect(refused?.operation).toBe(refusedAt)
      expect(refused?.checks[refused.decidingIndex ?? -1]?.outcome).toBe('fail')
    }
  })

  it('GetSessionToken at login: AWS’s words (aws-vault#1191)', async () => {
    const { sts, creds } = await credentialsFor('GetSessionToken')
    const attempt = await attemptConsoleSignin(sts.engine, creds)
    expect(attempt.login?.response.body).toContain('Only federation tokens or assume role tokens may be used for federated login. Please contact your administrator.')
    expect(attempt.login?.checks[attempt.login.decidingIndex ?? -1]?.id).toBe('console.credentials')
  })

  it('a console session acts as the assumed role or the federated user', async () => {
    const role = await credentialsFor('AssumeRole')
    expect((await attemptConsoleSignin(role.sts.engine, role.creds)).console?.principalArn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/console')
    const federated = await credentialsFor('GetFederationToken')
    expect((await attemptConsoleSignin(federated.sts.engine, federated.creds)).console?.principalArn).toBe('arn:aws:sts::111111111111:federated-user/jane')
  })
})

describe('getSigninToken (IAM User Guide: "Enable custom identity broker access to the AWS console", step 5)', () => {
  it('answers 200 with {"SigninToken": …} to a GET on any host', async () => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    for (const host of ['signin.aws.amazon.com', 'localhost:4566', '127.0.0.1']) {
      const r = await sts.engine.handle(consoleSigninRequest(creds, { host }))
      expect([r.response.status, r.outcome, r.operation]).toEqual([200, 'success', 'getSigninToken'])
      expect(r.response.headers['Content-Type']).toBe('application/json')
      expect(Object.keys(JSON.parse(r.response.body) as object)).toEqual(['SigninToken'])
      expect((JSON.parse(r.response.body) as { SigninToken: string }).SigninToken).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(r.checks.map((c) => c.id)).toEqual(['console.action', 'console.session', 'console.credentials', 'console.duration', 'console.signin-token'])
      expect(r.decidingIndex).toBeUndefined()
      expect(r.parameters?.map(([name]) => name)).toEqual(['Action', 'Session'])
    }
  })

  it('reads the Session as the IAM User Guide’s example encodes it (quote_plus: + for spaces)', async () => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    const session = `{"sessionId": "${creds.accessKeyId}", "sessionKey": "${creds.secretAccessKey}", "sessionToken": "${creds.sessionToken ?? ''}"}`
    const plus = encodeURIComponent(session).replace(/%20/g, '+')
    const r = await sts.engine.handle({ method: 'GET', url: `/federation?Action=getSigninToken&SessionDuration=1800&Session=${plus}`, headers: { host: 'signin.aws.amazon.com' }, body: '' })
    expect(r.response.status).toBe(200)
  })

  it('takes a form POST too (vouch-sh/vouch#240 POSTs the form)', async () => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    const get = consoleSigninRequest(creds)
    const body = get.url.slice(get.url.indexOf('?') + 1)
    const r = await sts.engine.handle({ method: 'POST', url: '/federation', headers: { host: 'signin.aws.amazon.com', 'content-type': 'application/x-www-form-urlencoded' }, body })
    expect([r.response.status, r.operation]).toEqual([200, 'getSigninToken'])
  })

  it.each<[string, (c: ConsoleCredentials) => string | undefined, string, string]>([
    ['no Session', () => undefined, 'missing-session', 'console.session'],
    ['a Session that is not JSON', () => 'sessionId=x', 'invalid-credentials', 'console.session'],
    ['a Session without sessionKey', (c) => JSON.stringify({ sessionId: c.accessKeyId, sessionToken: c.sessionToken }), 'invalid-credentials', 'console.session'],
    ['a wrong sessionKey', (c) => JSON.stringify({ sessionId: c.accessKeyId, sessionKey: 'x'.repeat(40), sessionToken: c.sessionToken }), 'invalid-credentials', 'console.credentials'],
    ['an altered sessionToken', (c) => JSON.stringify({ sessionId: c.accessKeyId, sessionKey: c.secretAccessKey, sessionToken: `${(c.sessionToken ?? '').slice(0, -4)}AAAA` }), 'invalid-credentials', 'console.credentials'],
    ['a temporary key without its token', (c) => JSON.stringify({ sessionId: c.accessKeyId, sessionKey: c.secretAccessKey }), 'invalid-credentials', 'console.credentials'],
    ['an unknown key', () => JSON.stringify({ sessionId: 'AKIARTXV5AHDQQQQQQQQ', sessionKey: ALICE.secretAccessKey }), 'invalid-credentials', 'console.credentials'],
    ['a long-term key with an empty sessionToken (as aws-vault sends it)', () => JSON.stringify({ sessionId: ALICE.accessKeyId, sessionKey: ALICE.secretAccessKey, sessionToken: '' }), 'long-term-credentials', 'console.credentials'],
  ])('refuses %s: 400 "Invalid credentials parameter" (Knowledge Center: invalid-credentials-parameter)', async (_name, session, reason, checkId) => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    const value = session(creds)
    const url = `/federation?Action=getSigninToken${value === undefined ? '' : `&Session=${encodeURIComponent(value)}`}`
    const r = await sts.engine.handle({ method: 'GET', url, headers: { host: 'signin.aws.amazon.com' }, body: '' })
    expect([r.response.status, r.outcome, r.consoleRefusal?.reason]).toEqual([400, 'error', reason])
    expect(r.response.body).toContain('HTTP Status 400 - Invalid credentials parameter')
    expect(r.response.body).toContain('The request sent by the client was syntactically incorrect.')
    expect(r.checks[r.decidingIndex ?? -1]?.id).toBe(checkId)
  })

  it('refuses expired credentials (reason "expired")', async () => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    sts.deps.advance(HOUR)
    const r = await sts.engine.handle(consoleSigninRequest(creds))
    expect([r.response.status, r.consoleRefusal?.reason]).toEqual([400, 'expired'])
  })
})

describe('SessionDuration (IAM User Guide: "Enable custom identity broker access to the AWS console")', () => {
  it.each<[Kind, number | string | undefined, 'ok' | 'session-duration', number | undefined]>([
    // Absent: "the session defaults to the duration of the credentials".
    ['AssumeRole', undefined, 'ok', T0 + HOUR],
    ['GetFederationToken', undefined, 'ok', T0 + 2 * HOUR],
    // 900..43200 for AssumeRole* credentials; the console session may outlive the credentials ("intrinsic to the getSigninToken operation").
    ['AssumeRole', 900, 'ok', T0 + 900_000],
    ['AssumeRole', 43200, 'ok', T0 + 12 * HOUR],
    ['AssumeRoleWithSAML', 7200, 'ok', T0 + 2 * HOUR],
    ['AssumeRoleWithWebIdentity', 3600, 'ok', T0 + HOUR],
    // Out of range or not a number (teleport cloud.go: "The federation endpoint will error out if we request more").
    ['AssumeRole', 899, 'session-duration', undefined],
    ['AssumeRole', 43201, 'session-duration', undefined],
    ['AssumeRole', '1h', 'session-duration', undefined],
    ['AssumeRole', '', 'session-duration', undefined],
    // "Do not use the SessionDuration HTTP parameter if you got the temporary credentials with GetFederationToken."
    ['GetFederationToken', 3600, 'session-duration', undefined],
    // Role chaining with SessionDuration (Knowledge Center: invalid-credentials-parameter; aws-vault#77).
    ['chained AssumeRole', 3600, 'session-duration', undefined],
    ['chained AssumeRole', 900, 'session-duration', undefined],
    // GetSessionToken credentials with SessionDuration (aws-vault#104/#106: Bad Request).
    ['GetSessionToken', 3600, 'session-duration', undefined],
  ])('%s with SessionDuration %s: %s', async (kind, sessionDuration, expected, consoleExpiresAt) => {
    const { sts, creds } = await credentialsFor(kind)
    const r = await sts.engine.handle(consoleSigninRequest(creds, sessionDuration === undefined ? {} : { sessionDuration }))
    if (expected === 'ok') {
      expect([r.response.status, r.console?.expiresAt]).toEqual([200, consoleExpiresAt])
    } else {
      expect([r.response.status, r.consoleRefusal?.reason]).toEqual([400, 'session-duration'])
      expect(r.checks[r.decidingIndex ?? -1]?.id).toBe('console.duration')
      expect(r.response.body).toContain('Invalid credentials parameter')
    }
  })

  it('the console session the token opens is the one login reports', async () => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    const attempt = await attemptConsoleSignin(sts.engine, creds, { sessionDuration: 43200 })
    expect(attempt.console).toEqual({ principalArn: 'arn:aws:sts::111111111111:assumed-role/Dev/console', account: '111111111111', issuedBy: 'AssumeRole', expiresAt: T0 + 12 * HOUR })
  })
})

describe('login (IAM User Guide: same page, step 6)', () => {
  async function tokenFor(kind: Kind = 'AssumeRole') {
    const { sts, creds } = await credentialsFor(kind)
    const r = await sts.engine.handle(consoleSigninRequest(creds))
    return { sts, token: (JSON.parse(r.response.body) as { SigninToken: string }).SigninToken }
  }

  it('redirects (302) to the Destination', async () => {
    const { sts, token } = await tokenFor()
    const r = await sts.engine.handle(consoleLoginRequest(token, { issuer: 'https://example.com', destination: 'https://console.aws.amazon.com/s3/home?region=eu-west-1' }))
    expect([r.response.status, r.outcome, r.operation, r.response.body]).toEqual([302, 'redirect', 'login', ''])
    expect(r.response.headers['Location']).toBe('https://console.aws.amazon.com/s3/home?region=eu-west-1')
    expect(r.console?.principalArn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/console')
    expect(r.checks.map((c) => [c.id, c.outcome])).toEqual([['console.action', 'pass'], ['console.signin-token', 'pass'], ['console.credentials', 'pass'], ['console.destination', 'pass']])
    expect(r.decidingIndex).toBeUndefined()
  })

  it('the token is valid for 15 minutes ("The URL is valid for 15 minutes from the time it is created")', async () => {
    const { sts, token } = await tokenFor()
    sts.deps.advance(15 * 60 * 1000 - 1)
    expect((await sts.engine.handle(consoleLoginRequest(token))).response.status).toBe(302)
    sts.deps.advance(1)
    const late = await sts.engine.handle(consoleLoginRequest(token))
    expect([late.response.status, late.consoleRefusal?.reason]).toEqual([400, 'invalid-signin-token'])
  })

  it.each<[string, (token: string) => string | undefined]>([
    ['no SigninToken', () => undefined],
    ['an altered SigninToken', (token) => `${token.slice(0, -3)}AAA`],
    ['text that is no token', () => 'not-a-token'],
  ])('refuses %s', async (_name, change) => {
    const { sts, token } = await tokenFor()
    const changed = change(token)
    const r = await sts.engine.handle(changed === undefined ? { method: 'GET', url: '/federation?Action=login', headers: { host: 'signin.aws.amazon.com' }, body: '' } : consoleLoginRequest(changed))
    expect([r.response.status, r.outcome, r.consoleRefusal?.reason]).toEqual([400, 'error', 'invalid-signin-token'])
    expect(r.checks[r.decidingIndex ?? -1]?.id).toBe('console.signin-token')
  })

  it('a token sealed with another engine’s key is refused, and a session token is no SigninToken', async () => {
    const { sts, token } = await tokenFor()
    const claims = openSigninToken(token, sts.engine.sessionKey)
    expect(claims).toBeDefined()
    if (!claims) return
    const foreign = sealSigninToken(claims, new Uint8Array(32).fill(9))
    expect((await sts.engine.handle(consoleLoginRequest(foreign))).consoleRefusal?.reason).toBe('invalid-signin-token')
    const { creds } = await credentialsFor('AssumeRole')
    expect((await sts.engine.handle(consoleLoginRequest(creds.sessionToken ?? ''))).consoleRefusal?.reason).toBe('invalid-signin-token')
  })
})

describe('routing: /federation goes to the console endpoint, everything else to STS', () => {
  it('an unknown or missing Action at /federation is refused with 400 (reason unknown-action)', async () => {
    const { sts } = await credentialsFor('long-term')
    for (const url of ['/federation', '/federation?Action=GetCallerIdentity&Version=2011-06-15']) {
      const r = await sts.engine.handle({ method: 'GET', url, headers: { host: 'signin.aws.amazon.com' }, body: '' })
      expect([r.response.status, r.consoleRefusal?.reason, r.fault]).toEqual([400, 'unknown-action', undefined])
    }
  })

  it('the root path still answers STS', async () => {
    const { sts } = await credentialsFor('long-term')
    const r = await sts.call(ALICE, 'GetCallerIdentity')
    expect([r.status, r.consoleRefusal, r.console]).toEqual([200, undefined, undefined])
    const redirect = await sts.engine.handle({ method: 'GET', url: '/?Version=2011-06-15', headers: { host: 'sts.amazonaws.com' }, body: '' })
    expect(redirect.response.headers['Location']).toBe('https://aws.amazon.com/iam?Version=2011-06-15')
  })
})

describe('the requests a comparison table builds', () => {
  it('consoleSigninRequest: the GET of the IAM User Guide’s example, Session last', () => {
    const request = consoleSigninRequest({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 's/k+', sessionToken: 't=' }, { sessionDuration: 1800 })
    expect(request).toEqual({
      method: 'GET',
      url: '/federation?Action=getSigninToken&SessionDuration=1800&Session=%7B%22sessionId%22%3A%22ASIAEXAMPLE%22%2C%22sessionKey%22%3A%22s%2Fk%2B%22%2C%22sessionToken%22%3A%22t%3D%22%7D',
      headers: { host: 'signin.aws.amazon.com' },
      body: '',
    })
  })

  it('consoleLoginRequest: Action, Issuer, Destination, SigninToken', () => {
    expect(consoleLoginRequest('tok', { issuer: 'https://example.com', destination: 'https://console.aws.amazon.com/s3', host: 'localhost' }).url).toBe(
      '/federation?Action=login&Issuer=https%3A%2F%2Fexample.com&Destination=https%3A%2F%2Fconsole.aws.amazon.com%2Fs3&SigninToken=tok',
    )
  })
})

describe('hostile input at /federation never makes the engine fail', () => {
  it('random Session, SessionDuration and SigninToken values get a 200, a 302 or a 400, never a 500', async () => {
    const { sts, creds } = await credentialsFor('AssumeRole')
    let seed = 42
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const pieces = ['{', '}', '"', ':', ',', 'sessionId', 'sessionKey', 'sessionToken', creds.accessKeyId, creds.secretAccessKey, creds.sessionToken ?? '', 'null', '[]', '%', '%zz', '+', '\u0000', '%ED%A0%80', '9'.repeat(30), '-1', 'U1RTQwH']
    const text = () => Array.from({ length: Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('')
    for (let i = 0; i < 300; i++) {
      const action = random() < 0.5 ? 'getSigninToken' : 'login'
      const url = `/federation?Action=${action}&Session=${encodeURIComponent(text())}&SessionDuration=${encodeURIComponent(text())}&SigninToken=${encodeURIComponent(text())}&${text()}`
      const r = await sts.engine.handle({ method: random() < 0.5 ? 'GET' : 'POST', url, headers: { host: 'signin.aws.amazon.com', 'content-type': 'application/x-www-form-urlencoded' }, body: text() })
      expect([200, 302, 400]).toContain(r.response.status)
      expect(r.checks.some((c) => c.id === 'engine.internal')).toBe(false)
    }
  })
})
