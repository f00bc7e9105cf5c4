import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixedDeps } from './deps.ts'
import { createEngine } from './engine.ts'
import { ALICE, signQuery, T0 } from './testing/sign-request.ts'
import { demoWorld } from './world/demo-world.ts'

const DOCUMENTED_STATUSES = [200, 302, 400, 403, 501]

describe('createEngine', () => {
  it('answers any request without throwing, with a documented status and well-formed output (property)', async () => {
    const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
    const header = fc.dictionary(
      fc.constantFrom('content-type', 'authorization', 'x-amz-date', 'host', 'x-amz-security-token', 'Date'),
      fc.oneof(fc.string(), fc.constant('AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00')),
    )
    const pair = fc.tuple(fc.constantFrom('Action', 'Version', 'X-Amz-Signature', 'X-Amz-Credential', 'RoleArn', 'a'), fc.oneof(fc.string(), fc.constantFrom('GetCallerIdentity', '2011-06-15', 'AssumeRole')))
    const body = fc.oneof(fc.string(), fc.array(pair).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT'), fc.oneof(fc.constant('/'), fc.string().map((s) => `/?${s}`)), header, body, async (method, url, headers, text) => {
        const result = await engine.handle({ method, url, headers, body: text })
        expect(DOCUMENTED_STATUSES).toContain(result.response.status)
        if (result.response.status !== 302) expect(result.response.body).toMatch(/^<(\w+) xmlns="[^"]+">\n[\s\S]*<\/\1>\n$/)
        expect(result.checks.length).toBeGreaterThan(0)
      }),
      { numRuns: 400 },
    )
  })

  it('is deterministic: the same deps and request give the same response', async () => {
    const request = await signQuery({ credentials: ALICE, body: 'Action=GetCallerIdentity&Version=2011-06-15' })
    const a = await createEngine({ world: demoWorld, deps: fixedDeps(T0, 7) }).handle(request)
    const b = await createEngine({ world: demoWorld, deps: fixedDeps(T0, 7) }).handle(request)
    expect(a.response).toEqual(b.response)
  })
})
