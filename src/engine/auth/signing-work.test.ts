// The SigV4 texts and their parts: the parts are what the texts were joined from, line for line,
// for the engine's own verification (EngineResult.signing) and for describeSignature alike.
import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import { ALICE, signQuery, T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import { describeSignature } from './describe-signature.ts'
import { sha256Hex } from './sigv4-crypto.ts'
import type { SigningWork } from './signing-work.ts'

const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15'

/** The app's reading of the texts (src/app's text splitter, restated): what the parts must equal. */
function splitTexts(work: SigningWork) {
  const lines = work.canonicalRequest.split('\n')
  const [algorithm, amzDate, scope = '', canonicalRequestHash] = work.stringToSign.split('\n')
  const [date, region, service, terminator] = scope.split('/')
  return {
    canonicalRequestParts: { method: lines[0], path: lines[1], query: lines[2], headers: lines.slice(3, -3), signedHeaders: lines.at(-2), payloadHash: lines.at(-1) },
    stringToSignParts: { algorithm, amzDate, scope: { date, region, service, terminator }, canonicalRequestHash },
    blankAfterHeaders: lines.at(-3),
  }
}

/** `secret`: the key's true secret, which STS uses and describeSignature is given here. */
const requests: { name: string; request: () => Promise<HttpRequest>; secret: string; query: string; method: string }[] = [
  { name: 'a POST signed in the header', request: () => signQuery({ credentials: ALICE, body: BODY }), secret: ALICE.secretAccessKey, query: '', method: 'POST' },
  { name: 'a GET signed in the header', request: () => signQuery({ credentials: ALICE, body: BODY, method: 'GET' }), secret: ALICE.secretAccessKey, query: BODY, method: 'GET' },
  { name: 'a POST signed with the wrong secret', request: () => signQuery({ credentials: { ...ALICE, secretAccessKey: 'wrong' }, body: BODY }), secret: ALICE.secretAccessKey, query: '', method: 'POST' },
  {
    name: 'a POST for eu-west-2 with extra signed headers',
    request: () => signQuery({ credentials: ALICE, body: BODY, host: 'sts.eu-west-2.amazonaws.com', region: 'eu-west-2' }),
    secret: ALICE.secretAccessKey,
    query: '',
    method: 'POST',
  },
]

describe('SigningWork parts', () => {
  it.each(requests)('$name: the engine and describeSignature give the same parts, which are the texts line by line', async ({ request, secret, query, method }) => {
    const sent = await request()
    const result = await engine.handle(sent)
    const described = describeSignature(sent, secret)
    const signing = result.signing
    if (!signing || !described) throw new Error('no signing work')
    expect(described).toEqual(signing)

    const split = splitTexts(signing)
    expect(split.blankAfterHeaders).toBe('')
    expect(signing.canonicalRequestParts).toEqual(split.canonicalRequestParts)
    expect(signing.stringToSignParts).toEqual(split.stringToSignParts)

    const { canonicalRequestParts: canonical, stringToSignParts: toSign } = signing
    expect(canonical.method).toBe(method)
    expect(canonical.path).toBe('/')
    expect(canonical.query).toBe(query)
    expect(canonical.payloadHash).toBe(sha256Hex(sent.body))
    expect(canonical.signedHeaders.split(';')).toEqual(canonical.headers.map((line) => line.slice(0, line.indexOf(':'))))
    expect(canonical.headers).toContain(`host:${sent.headers.host ?? ''}`)
    expect(toSign.algorithm).toBe('AWS4-HMAC-SHA256')
    expect(toSign.amzDate).toBe('20260101T000000Z')
    expect(toSign.scope).toEqual({ date: '20260101', region: sent.headers.host === 'sts.eu-west-2.amazonaws.com' ? 'eu-west-2' : 'us-east-1', service: 'sts', terminator: 'aws4_request' })
    expect(toSign.canonicalRequestHash).toBe(sha256Hex(signing.canonicalRequest))
  })

  it('a presigned URL: the query string, without X-Amz-Signature, is the canonical query', async () => {
    const presigned = describeSignature(
      {
        method: 'GET',
        url: '/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIARTXV5AHDSAGTTNG7%2F20260101%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=00',
        headers: { Host: 'sts.amazonaws.com' },
        body: '',
      },
      ALICE.secretAccessKey,
    )
    expect(presigned?.canonicalRequestParts.query).toBe(
      'Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIARTXV5AHDSAGTTNG7%2F20260101%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host',
    )
    expect(presigned?.canonicalRequestParts.headers).toEqual(['host:sts.amazonaws.com'])
    expect(presigned?.stringToSignParts.scope.region).toBe('us-east-1')
  })
})
