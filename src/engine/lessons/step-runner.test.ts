import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import { hostWebCrypto } from '../testing/saml-response.ts'
import { T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { attemptMatches } from './attempt-match.ts'
import type { LessonStep } from './lesson-types.ts'
import { runLessonSteps } from './step-runner.ts'

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const ADMIN = 'arn:aws:iam::111111111111:role/Admin'

async function run(steps: LessonStep[], world: World = demoWorld) {
  const deps = fixedDeps(T0)
  const engine = createEngine({ world, deps: { ...deps, webCrypto: hostWebCrypto } })
  return runLessonSteps({ engine, world, clock: deps, webCrypto: hostWebCrypto, steps })
}

describe('runLessonSteps', () => {
  it('alice assumes Dev: signed with her long-term key at the engine clock, one hour by default', async () => {
    const r = await run([{ as: 'alice', operation: 'AssumeRole', fields: { RoleArn: DEV, RoleSessionName: 'alice' }, save: 'dev' }])
    expect(r.problem).toBeUndefined()
    const [attempt] = r.attempts
    expect(attempt?.result.outcome).toBe('success')
    expect(attempt?.callerId).toBe('AKIARTXV5AHDSAGTTNG7')
    expect(attempt?.callerLabel).toBe('arn:aws:iam::111111111111:user/alice')
    expect(attempt?.host).toBe('sts.amazonaws.com')
    expect(attempt?.region).toBe('us-east-1')
    expect(attempt?.sentAt).toBe(T0)
    expect(attempt && attemptMatches({ issued: { lifetimeSeconds: { min: 3600, max: 3600 }, arn: 'assumed-role/Dev/alice$' }, caller: { issuedBy: 'long-term' }, region: 'us-east-1' }, attempt, [])).toBe(true)
    expect(r.saved.dev).toMatchObject({ credentials: { accessKeyId: attempt?.result.issued?.accessKeyId }, arn: 'arn:aws:sts::111111111111:assumed-role/Dev/alice' })
  })

  it('sends the form body an SDK sends: Action, Version, then the fields in order', async () => {
    const r = await run([{ as: 'bob', operation: 'GetCallerIdentity' }])
    expect(r.attempts[0]?.request.body).toBe('Action=GetCallerIdentity&Version=2011-06-15')
    expect(r.attempts[0]?.result.outcome).toBe('success')
  })

  it('uses saved credentials as a later caller, and the matcher names the operation that issued them', async () => {
    const r = await run([
      { as: 'alice', operation: 'AssumeRole', fields: { RoleArn: DEV, RoleSessionName: 'first' }, save: 'dev' },
      { as: 'dev', operation: 'GetCallerIdentity' },
    ])
    const [first, second] = r.attempts
    expect(second?.callerId).toBe(first?.result.issued?.accessKeyId)
    expect(second?.callerLabel).toBe('arn:aws:sts::111111111111:assumed-role/Dev/first')
    expect(second && attemptMatches({ caller: { issuedBy: 'AssumeRole', arn: 'assumed-role/Dev/first$' } }, second, r.attempts.slice(0, 1))).toBe(true)
    expect(second && attemptMatches({ caller: { issuedBy: 'AssumeRole' } }, second, [])).toBe(false)
  })

  it('a tampered body keeps the old signature: SignatureDoesNotMatch', async () => {
    const r = await run([{ as: 'alice', operation: 'GetCallerIdentity', tamper: { body: 'Action=GetSessionToken&Version=2011-06-15' } }])
    expect(r.attempts[0]?.request.body).toBe('Action=GetSessionToken&Version=2011-06-15')
    expect(r.attempts[0]?.result.fault?.code).toBe('SignatureDoesNotMatch')
  })

  it('advancing past the expiry makes the session expired: ExpiredToken (the engine code for an expired session token)', async () => {
    const r = await run([
      { as: 'alice', operation: 'AssumeRole', fields: { RoleArn: DEV, RoleSessionName: 'late', DurationSeconds: '900' }, save: 'dev' },
      { as: 'dev', operation: 'GetCallerIdentity' },
      { advanceSeconds: 901 },
      { as: 'dev', operation: 'GetCallerIdentity' },
    ])
    expect(r.problem).toBeUndefined()
    expect(r.attempts.map((a) => a.result.outcome)).toEqual(['success', 'success', 'error'])
    expect(r.attempts[2]?.result.fault?.code).toBe('ExpiredToken')
    expect(r.attempts[2]?.sentAt).toBe(T0 + 901_000)
  })

  it('$mfa(alice) is her current code: Admin (trust needs MFA) is refused without it, granted with it', async () => {
    const r = await run([
      { as: 'alice', operation: 'AssumeRole', fields: { RoleArn: ADMIN, RoleSessionName: 'admin' } },
      { as: 'alice', operation: 'AssumeRole', fields: { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: 'arn:aws:iam::111111111111:mfa/alice', TokenCode: '$mfa(alice)' } },
    ])
    expect(r.attempts.map((a) => a.result.outcome)).toEqual(['error', 'success'])
    expect(r.attempts[1]?.fields.TokenCode).toMatch(/^\d{6}$/)
  })

  it('a regional endpoint: its host, signing region and the region the matcher reads', async () => {
    const r = await run([{ as: 'alice', operation: 'GetCallerIdentity', endpoint: { region: 'eu-west-1' } }])
    const attempt = r.attempts[0]
    expect(attempt?.host).toBe('sts.eu-west-1.amazonaws.com')
    expect(attempt?.region).toBe('eu-west-1')
    expect(attempt && attemptMatches({ region: 'eu-west-1', outcome: 'success' }, attempt, [])).toBe(true)
  })

  it('anonymous sends unsigned requests', async () => {
    const r = await run([{ as: 'anonymous', operation: 'GetCallerIdentity' }])
    expect(r.attempts[0]?.callerId).toBe('anonymous')
    expect(r.attempts[0]?.request.headers.authorization).toBeUndefined()
    expect(r.attempts[0] && attemptMatches({ caller: { issuedBy: 'unsigned' }, outcome: 'error' }, r.attempts[0], [])).toBe(true)
  })

  it('console: long-term keys are refused at getSigninToken; GetSessionToken credentials with SessionDuration too, and without it at login', async () => {
    const r = await run([
      { console: 'getSigninToken', as: 'alice' },
      { as: 'alice', operation: 'GetSessionToken', save: 'gst' },
      { console: 'getSigninToken', as: 'gst', sessionDuration: 3600 },
      { console: 'getSigninToken', as: 'gst', login: true },
    ])
    expect(r.problem).toBeUndefined()
    expect(r.attempts.map((a) => `${a.operation}:${a.result.outcome ?? ''}`)).toEqual(['getSigninToken:error', 'GetSessionToken:success', 'getSigninToken:error', 'getSigninToken:success', 'login:error'])
    expect(r.attempts[0]?.result.consoleRefusal?.reason).toBe('long-term-credentials')
    expect(r.attempts[2]?.result.consoleRefusal?.reason).toBe('session-duration')
    expect(r.attempts[4]?.result.consoleRefusal?.reason).toBe('session-token-credentials')
    expect(r.attempts[2]?.fields).toEqual({ SessionDuration: '3600' })
  })

  it('console: a role session signs in; SessionDuration sets the console session length', async () => {
    const r = await run([
      { as: 'alice', operation: 'AssumeRole', fields: { RoleArn: DEV, RoleSessionName: 'console' }, save: 'dev' },
      { console: 'getSigninToken', as: 'dev', sessionDuration: 7200, login: true },
    ])
    const [, token, login] = r.attempts
    expect(token && attemptMatches({ operation: 'getSigninToken', outcome: 'success', consoleSessionSeconds: { min: 7200, max: 7200 } }, token, [])).toBe(true)
    expect(login && attemptMatches({ operation: 'login', outcome: 'redirect' }, login, [])).toBe(true)
  })

  it('mint: an OIDC ID token from the simulated IdP, redeemed with AssumeRoleWithWebIdentity', async () => {
    const provider = demoWorld.oidcProviders[0]
    const role = demoWorld.roles.find((candidate) => candidate.name === 'WebAppUser')
    expect(provider && role).toBeTruthy()
    const r = await run([
      { mint: 'oidc', provider: `arn:aws:iam::111111111111:oidc-provider/${provider?.url.replace('https://', '') ?? ''}`, options: { sub: 'user-1' }, save: 'idToken' },
      { as: 'anonymous', operation: 'AssumeRoleWithWebIdentity', fields: { RoleArn: 'arn:aws:iam::111111111111:role/WebAppUser', RoleSessionName: 'web', WebIdentityToken: '$saved(idToken)' }, save: 'web' },
      { as: 'web', operation: 'GetCallerIdentity' },
    ])
    expect(r.problem).toBeUndefined()
    expect(r.attempts.map((a) => a.result.fault?.code ?? a.result.outcome)).toEqual(['success', 'success'])
    const last = r.attempts[1]
    expect(last && attemptMatches({ caller: { issuedBy: 'AssumeRoleWithWebIdentity' } }, last, r.attempts.slice(0, 1))).toBe(true)
  })

  it('mint: a SAML response from the simulated IdP, redeemed with AssumeRoleWithSAML', async () => {
    const providerArn = 'arn:aws:iam::111111111111:saml-provider/ExampleIdP'
    const r = await run([
      { mint: 'saml', provider: providerArn, options: { nameId: 'jane', roleSessionName: 'jane', roles: [{ roleArn: 'arn:aws:iam::111111111111:role/SamlDeveloper', providerArn }] }, save: 'assertion' },
      { as: 'anonymous', operation: 'AssumeRoleWithSAML', fields: { RoleArn: 'arn:aws:iam::111111111111:role/SamlDeveloper', PrincipalArn: providerArn, SAMLAssertion: '$saved(assertion)' } },
    ])
    expect(r.problem).toBeUndefined()
    expect(r.attempts[0]?.result.fault ?? r.attempts[0]?.result.outcome).toBe('success')
  })

  it('stops with a problem, keeping earlier attempts, on an unknown caller, a bad placeholder or a failed mint', async () => {
    const unknown = await run([{ as: 'alice', operation: 'GetCallerIdentity' }, { as: 'mallory', operation: 'GetCallerIdentity' }, { as: 'alice', operation: 'GetCallerIdentity' }])
    expect(unknown.attempts).toHaveLength(1)
    expect(unknown.problem).toMatch(/^step 2 \(mallory → GetCallerIdentity\): unknown caller mallory/)
    const placeholder = await run([{ as: 'alice', operation: 'AssumeRole', fields: { RoleArn: ADMIN, RoleSessionName: 'x', TokenCode: '$mfa(bob)' } }])
    expect(placeholder.problem).toMatch(/bob has no MFA device/)
    const mint = await run([{ mint: 'oidc', provider: 'arn:aws:iam::111111111111:oidc-provider/nowhere.example.com', options: { sub: 'x' }, save: 't' }])
    expect(mint.problem).toMatch(/^step 1 \(mint oidc\): oidc mint failed/)
    const failedSave = await run([{ as: 'bob', operation: 'AssumeRole', fields: { RoleArn: ADMIN, RoleSessionName: 'bob-admin' }, save: 'admin' }, { as: 'admin', operation: 'GetCallerIdentity' }])
    expect(failedSave.problem).toMatch(/no credentials were saved under admin: AssumeRole answered AccessDenied/)
  })

  it('resolves world callers from the world given (root, production-root, vendor-bot)', async () => {
    const r = await run([
      { as: 'root', operation: 'GetCallerIdentity' },
      { as: 'production-root', operation: 'GetCallerIdentity' },
      { as: 'vendor-bot', operation: 'GetCallerIdentity' },
    ])
    expect(r.attempts.map((a) => a.callerLabel)).toEqual(['arn:aws:iam::111111111111:root', 'arn:aws:iam::222222222222:root', 'arn:aws:iam::333333333333:user/vendor-bot'])
    expect(r.attempts.every((a) => a.result.outcome === 'success')).toBe(true)
  })
})
