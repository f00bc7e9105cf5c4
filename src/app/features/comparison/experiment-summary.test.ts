import { describe, expect, it } from 'vitest'
import { experiments } from './comparison-fixture.test-data.ts'
import { experimentSummary, outcomeWords } from './experiment-summary.ts'

describe(experimentSummary, () => {
  it('gives an issuing request its parameters in wire order and the credentials’ expiry', () => {
    const summary = experimentSummary(experiments.gftMax)
    expect(summary.request).toEqual({
      method: 'POST',
      host: 'sts.amazonaws.com',
      parameters: [['Action', 'GetFederationToken'], ['Version', '2011-06-15'], ['Name', 'Bob'], ['DurationSeconds', '129600']],
    })
    expect(summary.outcome).toEqual({ kind: 'success', status: 200, expiration: '2026-01-03T00:00:00Z', issued: 'credentials' })
    expect(summary.decidingCheck).toBeUndefined()
    expect(summary.checks).toEqual({ passed: 2, total: 2 })
  })

  it('gives GetWebIdentityToken’s answer its token’s expiry', () => {
    const result = { ...experiments.gftMax.result, issuedToken: { expiration: '2026-01-01T12:05:00Z' } }
    delete result.issued
    const token = { ...experiments.gftMax, result }
    expect(experimentSummary(token).outcome).toEqual({ kind: 'success', status: 200, expiration: '2026-01-01T12:05:00Z', issued: 'token' })
  })

  it('gives a refusal its fault and the check that decided it', () => {
    const summary = experimentSummary(experiments.gftOver)
    expect(summary.outcome).toEqual({ kind: 'fault', status: 400, code: 'ValidationError', message: 'too long' })
    expect(summary.decidingCheck?.id).toBe('duration.range')
  })

  it('reads a console request’s parameters from its query', () => {
    const summary = experimentSummary({
      kind: 'console',
      id: 'console',
      purpose: 'sign in',
      caller: { kind: 'session-token', label: 'session of alice' },
      sentAt: 0,
      request: { method: 'GET', url: '/federation?Action=getSigninToken&Session=%7B%7D', headers: { Host: 'signin.aws.amazon.com' }, body: '' },
      result: { response: { status: 400, headers: {}, body: '' }, requestId: 'r', checks: [{ id: 'console.kind', title: 'Kind', outcome: 'fail', detail: 'no' }], decidingIndex: 0 },
      allowed: false,
    })
    expect(summary.request).toEqual({ method: 'GET', host: 'signin.aws.amazon.com', parameters: [['Action', 'getSigninToken'], ['Session', '{}']] })
    expect(outcomeWords(summary.outcome)).toBe('400: refused')
    expect(summary.decidingCheck?.title).toBe('Kind')
    expect(summary.consoleAllowed).toBe(false)
    expect(summary.login).toBeUndefined()
  })

  it('gives a console sign-in its login step, and the login’s checks', () => {
    const ok = { response: { status: 200, headers: {}, body: '' }, requestId: 'r', checks: [{ id: 'token', title: 'Token', outcome: 'pass' as const, detail: 'ok' }] }
    const summary = experimentSummary({
      kind: 'console',
      id: 'console.login',
      purpose: 'sign in',
      caller: { kind: 'role-session', label: 'role session' },
      sentAt: 0,
      request: { method: 'GET', url: '/federation?Action=getSigninToken', headers: { host: 'signin.aws.amazon.com' }, body: '' },
      result: ok,
      login: { request: { method: 'GET', url: '/federation?Action=login&SigninToken=t', headers: { host: 'signin.aws.amazon.com' }, body: '' }, result: { ...ok, response: { status: 302, headers: {}, body: '' } } },
      allowed: true,
    })
    expect(summary.login).toEqual({ method: 'GET', host: 'signin.aws.amazon.com', parameters: [['Action', 'login'], ['SigninToken', 't']], outcome: { kind: 'redirect', status: 302 } })
    expect(summary.consoleAllowed).toBe(true)
  })
})

describe(outcomeWords, () => {
  it('says the outcome in a few words', () => {
    expect(outcomeWords({ kind: 'success', status: 200, expiration: '2026-01-01T13:00:00Z', issued: 'credentials' })).toBe('200: credentials issued, expiring 2026-01-01T13:00:00Z')
    expect(outcomeWords({ kind: 'success', status: 200, expiration: '2026-01-01T12:05:00Z', issued: 'token' })).toBe('200: token issued, expiring 2026-01-01T12:05:00Z')
    expect(outcomeWords({ kind: 'fault', status: 403, code: 'AccessDenied' })).toBe('403: AccessDenied')
    expect(outcomeWords({ kind: 'decision', allowed: false, result: 'ImplicitDeny', reason: 'no' })).toBe('Denied (ImplicitDeny)')
  })
})
