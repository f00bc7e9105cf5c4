import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from './server-limits.ts'
import { demoEngine, listenStsServer, type ListeningServer } from './testing/listen-sts-server.ts'

// The body cap must admit every request the STS API allows. These are the longest form bodies two
// operations can have: every string and list at the maximum the STS API reference and the model
// give, each character the one its pattern allows that encodes longest. The limits counted in
// characters are taken as code points, the more generous reading.

/** MATHEMATICAL BOLD CAPITAL A (U+1D400): a letter (\p{L}) outside the BMP, 4 bytes of UTF-8, 12 once percent-encoded. */
const ASTRAL = '\u{1D400}'
/** ÿ (U+00FF), the longest character Policy's pattern [\u0009\u000A\u000D\u0020-\u00FF] allows: 6 bytes encoded. */
const LATIN1 = '\u00FF'
/** '+' is in the patterns of names ([\w+=,.@-]) and in base64: 3 bytes encoded (%2B). */
const PLUS = '+'

const form = (pairs: (readonly [string, string])[]) => pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')
const numbered = <T>(count: number, make: (n: number) => T[]): T[] => Array.from({ length: count }, (_, i) => make(i + 1)).flat()
const ARN = ASTRAL.repeat(2048)
/** "You can provide up to 10 managed policy ARNs" (API_AssumeRole.html, PolicyArns). */
const policyArns = numbered(10, (n) => [[`PolicyArns.member.${n}.arn`, ARN] as const])

const LARGEST: Record<string, string> = {
  AssumeRole: form([
    ['Action', 'AssumeRole'],
    ['Version', '2011-06-15'],
    ['RoleArn', ARN],
    ['RoleSessionName', PLUS.repeat(64)],
    ...policyArns,
    ['Policy', LATIN1.repeat(2048)],
    ['DurationSeconds', '43200'],
    ...numbered(50, (n) => [[`Tags.member.${n}.Key`, ASTRAL.repeat(128)] as const, [`Tags.member.${n}.Value`, ASTRAL.repeat(256)] as const]),
    ...numbered(50, (n) => [[`TransitiveTagKeys.member.${n}`, ASTRAL.repeat(128)] as const]),
    ['ExternalId', PLUS.repeat(1224)],
    ['SerialNumber', PLUS.repeat(256)],
    ['TokenCode', '123456'],
    ['SourceIdentity', PLUS.repeat(64)],
    ...numbered(5, (n) => [[`ProvidedContexts.member.${n}.ProviderArn`, ARN] as const, [`ProvidedContexts.member.${n}.ContextAssertion`, ASTRAL.repeat(2048)] as const]),
  ]),
  AssumeRoleWithSAML: form([
    ['Action', 'AssumeRoleWithSAML'],
    ['Version', '2011-06-15'],
    ['RoleArn', ARN],
    ['PrincipalArn', ARN],
    // "The base64 encoded SAML authentication response provided by the IdP" (API_AssumeRoleWithSAML.html).
    ['SAMLAssertion', PLUS.repeat(100_000)],
    ...policyArns,
    ['Policy', LATIN1.repeat(2048)],
    ['DurationSeconds', '43200'],
  ]),
}

let running: ListeningServer | undefined
beforeAll(async () => {
  running = await listenStsServer(demoEngine(), {})
})
afterAll(async () => {
  await running?.close()
})

function post(port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers, agent: false }, (incoming) => {
      incoming.resume()
      incoming.on('end', () => resolve(incoming.statusCode ?? 0))
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

describe('the body cap and the largest legal requests', () => {
  it.each(Object.entries(LARGEST))('%s at its longest is under the cap, and reaches the engine', async (_operation, body) => {
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_BODY_BYTES)
    const status = await post(running?.port ?? 0, body)
    // The engine answers (these values are not valid ones: a 4xx STS error), not the cap's 413.
    expect(status).not.toBe(413)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  }, 30_000)

  it('the sums in server-limits.ts: AssumeRole about 0.84 MB, AssumeRoleWithSAML about 0.61 MB', () => {
    expect(Math.round(Buffer.byteLength(LARGEST.AssumeRole ?? '') / 10_000) / 100).toBe(0.84)
    expect(Math.round(Buffer.byteLength(LARGEST.AssumeRoleWithSAML ?? '') / 10_000) / 100).toBe(0.61)
  })
})
