// What the soak's load and attack phases share: one request on a keep-alive agent (or its own
// connection), timed to the last byte of the answer; the well-formed requests they send.
import { Agent, request as httpRequest } from 'node:http'
import type { HttpRequest } from '../src/engine/index.ts'
import { ALICE, BOB, ROOT_WORKLOAD, signQuery } from '../src/engine/testing/sign-request.ts'

export interface Timed {
  status: number
  body: string
  ms: number
}

/** Sends `request`; with no agent, on a connection of its own that closes after the answer. */
export function timedRequest(port: number, request: HttpRequest, agent: Agent | undefined): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const headers = { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) }
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent: agent ?? false }, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - start }))
      incoming.on('error', reject)
    })
    outgoing.setTimeout(120_000, () => outgoing.destroy(new Error('no answer in 120 s')))
    outgoing.on('error', reject)
    outgoing.end(request.body)
  })
}

export interface WellFormed {
  name: string
  request: HttpRequest
  /** The status and a piece of the body the answer must have. */
  status: number
  includes: string
}

/**
 * The well-formed requests, signed now (SigV4 accepts a signature for 15 minutes; the engine keeps no
 * state, so each replay is answered in full), with the share of the load each gets.
 */
export async function wellFormedRequests(port: number): Promise<{ weight: number; request: WellFormed }[]> {
  const host = `127.0.0.1:${port}`
  const sign = (credentials: typeof ALICE, body: string) => signQuery({ credentials, body, host, at: Date.now() })
  const gci = 'Action=GetCallerIdentity&Version=2011-06-15'
  return [
    { weight: 40, request: { name: 'GetCallerIdentity as alice', request: await sign(ALICE, gci), status: 200, includes: '<Arn>arn:aws:iam::111111111111:user/alice</Arn>' } },
    { weight: 20, request: { name: 'GetCallerIdentity as bob', request: await sign(BOB, gci), status: 200, includes: '<Arn>arn:aws:iam::111111111111:user/division/bob</Arn>' } },
    { weight: 10, request: { name: 'GetCallerIdentity as root', request: await sign(ROOT_WORKLOAD, gci), status: 200, includes: '<Arn>arn:aws:iam::111111111111:root</Arn>' } },
    {
      weight: 15,
      request: {
        name: 'AssumeRole alice → Dev',
        request: await sign(ALICE, 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=soak'),
        status: 200,
        includes: '<AssumedRoleId>AROARTXV5AHDSDEV2ROLE:soak</AssumedRoleId>',
      },
    },
    { weight: 10, request: { name: 'GetSessionToken as alice', request: await sign(ALICE, 'Action=GetSessionToken&Version=2011-06-15&DurationSeconds=900'), status: 200, includes: '<SessionToken>' } },
    {
      weight: 5,
      request: { name: 'GetCallerIdentity unsigned', request: { method: 'POST', url: '/', headers: { host, 'content-type': 'application/x-www-form-urlencoded' }, body: gci }, status: 403, includes: '<Code>MissingAuthenticationToken</Code>' },
    },
  ]
}

/** Nearest-rank percentile of unsorted values (p in 0..1). */
export function percentileOf(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1] ?? Number.NaN
}
