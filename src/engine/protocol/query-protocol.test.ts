import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import { operationHandlers } from '../operations/index.ts'
import { ALICE, signQuery, T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'

// The Query-protocol behaviour observed on the wire by an oracle that probed real STS
// (justincormack/argmin, crates/s3-tests/src/bin/sts_oracle.rs). The protocol checks come before authentication, so most need no signature.
const engine = () => createEngine({ world: demoWorld, deps: fixedDeps(T0) })
const FORM = { 'content-type': 'application/x-www-form-urlencoded', host: 'sts.amazonaws.com' }
const AWS_FAULT = 'http://webservices.amazon.com/AWSFault/2005-15-09'

function post(body: string, headers: Record<string, string> = FORM): HttpRequest {
  return { method: 'POST', url: '/', headers, body }
}

describe('InvalidAction, in the AWSFault namespace', () => {
  it.each([
    ['fact 3: unknown action', 'Action=NoSuchAction&Version=2011-06-15', 'Could not find operation NoSuchAction for version 2011-06-15'],
    ['fact 4: no Version', 'Action=GetCallerIdentity', 'Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED'],
    ['empty Version', 'Action=GetCallerIdentity&Version=', 'Could not find operation GetCallerIdentity for version '],
    ['unsupported Version', 'Action=GetCallerIdentity&Version=2000-01-01', 'Could not find operation GetCallerIdentity for version 2000-01-01'],
    ['empty Action (two spaces)', 'Action=&Version=2011-06-15', 'Could not find operation  for version 2011-06-15'],
    ['fact 7: first Action wins', 'Action=NoSuchAction&Action=GetCallerIdentity&Version=2011-06-15', 'Could not find operation NoSuchAction for version 2011-06-15'],
    ['first Version wins', 'Action=GetCallerIdentity&Version=2000-01-01&Version=2011-06-15', 'Could not find operation GetCallerIdentity for version 2000-01-01'],
  ])('%s', async (_label, body, message) => {
    const result = await engine().handle(post(body))
    expect(result.response.status).toBe(400)
    expect(result.response.body).toBe(
      [
        `<ErrorResponse xmlns="${AWS_FAULT}">`,
        '  <Error>',
        '    <Type>Sender</Type>',
        '    <Code>InvalidAction</Code>',
        `    <Message>${message}</Message>`,
        '  </Error>',
        `  <RequestId>${result.requestId}</RequestId>`,
        '</ErrorResponse>',
        '',
      ].join('\n'),
    )
  })
})

describe('302 to the IAM home page', () => {
  it.each([
    ['fact 5: a POST without Content-Type', post('Action=GetCallerIdentity&Version=2011-06-15', { host: 'sts.amazonaws.com' }), 'https://aws.amazon.com/iam'],
    ['fact 6: a POST without Action', post('Version=2011-06-15'), 'https://aws.amazon.com/iam'],
    ['a GET without Action keeps its query', { method: 'GET', url: '/?Version=2011-06-15', headers: { host: 'sts.amazonaws.com' }, body: '' }, 'https://aws.amazon.com/iam?Version=2011-06-15'],
  ])('%s', async (_label, request, location) => {
    const result = await engine().handle(request)
    expect(result.response.status).toBe(302)
    expect(result.response.headers.Location).toBe(location)
    expect(result.response.body).toBe('')
    expect(result.response.headers['x-amzn-RequestId']).toBe(result.requestId)
  })
})

describe('parameters AWS tolerates', () => {
  it.each([
    ['fact 7: first of two Actions wins', 'Action=GetCallerIdentity&Action=NoSuchAction&Version=2011-06-15'],
    ['first of two Versions wins', 'Action=GetCallerIdentity&Version=2011-06-15&Version=2000-01-01'],
    ['fact 8: unknown parameters are ignored', 'Action=GetCallerIdentity&Version=2011-06-15&Unknown=value'],
  ])('%s', async (_label, body) => {
    const result = await engine().handle(await signQuery({ credentials: ALICE, body }))
    expect(result.response.status).toBe(200)
    expect(result.response.body).toContain('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
  })

  it('accepts Content-Type with a charset', async () => {
    const signed = await signQuery({ credentials: ALICE, body: 'Action=GetCallerIdentity&Version=2011-06-15', contentType: 'application/x-www-form-urlencoded; charset=utf-8' })
    expect(signed.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8')
    expect((await engine().handle(signed)).response.status).toBe(200)
  })
})

describe('responses', () => {
  it('every response carries x-amzn-RequestId and a Date on the engine clock', async () => {
    const result = await engine().handle(post('Action=NoSuchAction&Version=2011-06-15'))
    expect(result.response.headers['x-amzn-RequestId']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(result.response.headers.Date).toBe('Thu, 01 Jan 2026 00:00:00 GMT')
    expect(result.response.headers['Content-Type']).toBe('text/xml')
  })

  it('an operation the playground does not simulate yet is said plainly, not disguised as an AWS error', async () => {
    // Operations become simulated one by one: take one out of the registry, so this test does not depend on which remain.
    const handlers = operationHandlers as Map<string, unknown>
    const handler = handlers.get('AssumeRoleWithWebIdentity')
    handlers.delete('AssumeRoleWithWebIdentity')
    try {
      const result = await engine().handle(post('Action=AssumeRoleWithWebIdentity&Version=2011-06-15'))
      expect(result.response.status).toBe(501)
      expect(result.response.body).toContain('<Message>The STS Playground does not simulate AssumeRoleWithWebIdentity yet.</Message>')
    } finally {
      handlers.set('AssumeRoleWithWebIdentity', handler)
    }
  })

  it('the unsigned operations do not ask for a signature', async () => {
    const result = await engine().handle(post('Action=AssumeRoleWithWebIdentity&Version=2011-06-15'))
    expect(result.checks.find((c) => c.id === 'auth.present')?.outcome).toBe('skip')
  })
})
