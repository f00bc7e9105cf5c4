import { Sha256 } from '@aws-crypto/sha256-js'
import { HttpRequest as SmithyRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { AwsV4Signer } from 'aws4fetch'
import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import { ALICE, BOB, signQuery, T0, type TestCredentials } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import { resolveEndpoint } from './endpoint.ts'

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15'
const MINUTE = 60_000

function engineAt(nowMs = T0) {
  return createEngine({ world: demoWorld, deps: fixedDeps(nowMs) })
}

function errorOf(body: string) {
  return {
    code: /<Code>(.*)<\/Code>/.exec(body)?.[1],
    message: /<Message>([\s\S]*)<\/Message>/.exec(body)?.[1],
  }
}

async function presign(credentials: TestCredentials, at = T0, host = 'sts.amazonaws.com'): Promise<HttpRequest> {
  const signer = new SignatureV4({ service: 'sts', region: 'us-east-1', credentials, sha256: Sha256, applyChecksum: false })
  const request = new SmithyRequest({
    method: 'GET',
    protocol: 'https:',
    hostname: host,
    path: '/',
    query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
    headers: { host },
  })
  const signed = await signer.presign(request, { signingDate: new Date(at), expiresIn: 60 })
  const query = Object.entries(signed.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return { method: 'GET', url: `/?${query}`, headers: { host }, body: '' }
}

describe('SigV4 authentication: accepted', () => {
  it('accepts a POST signed by @smithy/signature-v4 (the SDK signer)', async () => {
    const result = await engineAt().handle(await signQuery({ credentials: ALICE, body: BODY }))
    expect(result.response.status).toBe(200)
    expect(result.checks.find((c) => c.id === 'auth.signature')?.outcome).toBe('pass')
  })

  it('accepts a GET with the parameters in the query string (fact 2)', async () => {
    const post = await engineAt().handle(await signQuery({ credentials: ALICE, body: BODY }))
    const get = await engineAt().handle(await signQuery({ credentials: ALICE, body: BODY, method: 'GET' }))
    expect(get.response.status).toBe(200)
    expect(get.response.body.replace(post.requestId, 'ID')).toBe(post.response.body.replace(post.requestId, 'ID'))
  })

  it('accepts a presigned URL (query-string signature), as EKS and Vault use', async () => {
    const result = await engineAt().handle(await presign(BOB))
    expect(result.response.status).toBe(200)
    expect(result.response.body).toContain('<Arn>arn:aws:iam::111111111111:user/division/bob</Arn>')
  })

  it('accepts a request signed by aws4fetch, a second independent signer', async () => {
    const signer = new AwsV4Signer({
      url: 'https://sts.amazonaws.com/',
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: BODY,
      accessKeyId: ALICE.accessKeyId,
      secretAccessKey: ALICE.secretAccessKey,
      service: 'sts',
      region: 'us-east-1',
      datetime: '20260101T000000Z',
    })
    const signed = await signer.sign()
    const headers: Record<string, string> = { host: 'sts.amazonaws.com' }
    signed.headers.forEach((value, name) => (headers[name] = value))
    const result = await engineAt().handle({ method: 'POST', url: '/', headers, body: BODY })
    expect(result.response.status).toBe(200)
  })

  it('accepts a signing date 14 minutes away from the STS clock, either way', async () => {
    for (const offset of [-14 * MINUTE, 14 * MINUTE]) {
      const result = await engineAt(T0 + offset).handle(await signQuery({ credentials: ALICE, body: BODY }))
      expect(result.response.status).toBe(200)
    }
  })

  it('accepts a regional endpoint signed for its own region', async () => {
    const request = await signQuery({ credentials: ALICE, body: BODY, host: 'sts.eu-west-1.amazonaws.com', region: 'eu-west-1' })
    expect((await engineAt().handle(request)).response.status).toBe(200)
  })
})

describe('SigV4 authentication: refused, with AWS codes and messages', () => {
  it('refuses a wrong secret with SignatureDoesNotMatch, in the ErrorResponse envelope of fact 9 (fact 41)', async () => {
    const request = await signQuery({ credentials: { ...ALICE, secretAccessKey: '0'.repeat(40) }, body: BODY })
    const result = await engineAt().handle(request)
    expect(result.response.status).toBe(403)
    expect(result.response.body).toBe(
      [
        '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
        '  <Error>',
        '    <Type>Sender</Type>',
        '    <Code>SignatureDoesNotMatch</Code>',
        '    <Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.</Message>',
        '  </Error>',
        `  <RequestId>${result.requestId}</RequestId>`,
        '</ErrorResponse>',
        '',
      ].join('\n'),
    )
    expect(result.decidedBy).toBe('auth.signature')
    expect(result.signing?.canonicalRequest).toContain('host:sts.amazonaws.com')
  })

  it('refuses a body changed after signing', async () => {
    const request = await signQuery({ credentials: ALICE, body: BODY })
    const result = await engineAt().handle({ ...request, body: `${BODY}&Extra=1` })
    expect(errorOf(result.response.body).code).toBe('SignatureDoesNotMatch')
  })

  it('refuses an unknown access key with InvalidClientTokenId', async () => {
    const request = await signQuery({ credentials: { ...ALICE, accessKeyId: 'AKIARTXV5AHDZZZZZZZZ' }, body: BODY })
    const result = await engineAt().handle(request)
    expect(result.response.status).toBe(403)
    expect(errorOf(result.response.body)).toEqual({ code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' })
  })

  it('refuses a long-term key that comes with a session token', async () => {
    const request = await signQuery({ credentials: { ...ALICE, sessionToken: 'FwoGZXIvYXdzEXAMPLE' }, body: BODY })
    expect(errorOf((await engineAt().handle(request)).response.body).code).toBe('InvalidClientTokenId')
  })

  it('refuses an unsigned request with MissingAuthenticationToken', async () => {
    const result = await engineAt().handle({
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'sts.amazonaws.com' },
      body: BODY,
    })
    expect(result.response.status).toBe(403)
    expect(errorOf(result.response.body)).toEqual({ code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' })
  })

  it('refuses a request signed more than 15 minutes ago ("Signature expired", as STS words it)', async () => {
    const result = await engineAt(T0 + 16 * MINUTE).handle(await signQuery({ credentials: ALICE, body: BODY }))
    expect(result.response.status).toBe(403)
    expect(errorOf(result.response.body)).toEqual({
      code: 'SignatureDoesNotMatch',
      message: 'Signature expired: 20260101T000000Z is now earlier than 20260101T000100Z (20260101T001600Z - 15 min.)',
    })
  })

  it('refuses a request signed more than 15 minutes in the future', async () => {
    const result = await engineAt(T0 - 16 * MINUTE).handle(await signQuery({ credentials: ALICE, body: BODY }))
    expect(errorOf(result.response.body)).toEqual({
      code: 'SignatureDoesNotMatch',
      message: 'Signature not yet current: 20260101T000000Z is still later than 20251231T235900Z (20251231T234400Z + 15 min.)',
    })
  })

  it('ignores X-Amz-Expires: a presigned URL is good for 15 minutes, no more (aws/aws-sdk-go#2167)', async () => {
    const request = await presign(ALICE)
    expect((await engineAt(T0 + 10 * MINUTE).handle(request)).response.status).toBe(200)
    expect(errorOf((await engineAt(T0 + 16 * MINUTE).handle(request)).response.body).message).toMatch(/^Signature expired/)
  })

  it('refuses a credential scoped to another region at a regional endpoint', async () => {
    const request = await signQuery({ credentials: ALICE, body: BODY, host: 'sts.eu-west-1.amazonaws.com', region: 'us-west-1' })
    expect(errorOf((await engineAt().handle(request)).response.body)).toEqual({
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'us-west-1'.",
    })
  })

  it.each([
    [
      'a Credential without its equal sign',
      'AWS4-HMAC-SHA256 Credential AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
      "'Credential AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc'.",
    ],
    [
      'no Signature',
      'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date',
      "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date",
    ],
    [
      'a four-part credential',
      'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts, SignedHeaders=host;x-amz-date, Signature=abc',
      "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts'",
    ],
  ])('refuses %s with IncompleteSignature', async (_label, authorization, message) => {
    const result = await engineAt().handle({
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'sts.amazonaws.com', 'x-amz-date': '20260101T000000Z', authorization },
      body: BODY,
    })
    expect(result.response.status).toBe(400)
    expect(errorOf(result.response.body)).toEqual({ code: 'IncompleteSignature', message })
  })
})

describe('fact 85: which region an endpoint signs for', () => {
  it.each([
    ['sts.amazonaws.com', { kind: 'global', region: 'us-east-1' }],
    ['sts.us-west-2.amazonaws.com', { kind: 'regional', region: 'us-west-2' }],
    ['sts.us-east-3.amazonaws.com', { kind: 'regional', region: 'us-east-3' }],
    ['sts-fips.us-east-1.amazonaws.com', { kind: 'regional', region: 'us-east-1' }],
    ['127.0.0.1:8787', { kind: 'local' }],
  ])('%s', (host, expected) => {
    expect(resolveEndpoint(host)).toMatchObject(expected)
  })

  it('the global endpoint takes only us-east-1 signatures', async () => {
    const request = await signQuery({ credentials: ALICE, body: BODY, host: 'sts.amazonaws.com', region: 'us-west-2' })
    expect(errorOf((await engineAt().handle(request)).response.body).message).toBe("Credential should be scoped to a valid region, not 'us-west-2'.")
  })
})
