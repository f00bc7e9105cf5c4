// Soak part (a): many fuzzed requests (soak-fuzz-requests.ts) through the HTTP endpoint, a few at a
// time over keep-alive connections. What must hold: no 5xx but 503 (a request dropped to make
// room) and 501 (the engine's documented NotImplemented, for what it does not simulate), and the
// server never dies.
import { Agent, request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { demoWorld, simulatedIdToken, simulatedSamlResponse } from '../src/engine/index.ts'
import { signQuery } from '../src/engine/testing/sign-request.ts'
import { fuzzRequest, type FuzzKind, type FuzzRequest } from './soak-fuzz-requests.ts'
import type { FuzzMaterial } from './soak-fuzz-values.ts'
import { seededRandom } from './soak-random.ts'

export interface FuzzOptions {
  port: number
  requests: number
  concurrency: number
  seed: number
  /** Called every 10,000 requests. */
  progress?: (done: number) => void
}

export interface FuzzResult {
  requests: number
  seconds: number
  /** Status (or, when no answer came, how the connection ended) → count, per kind and overall. */
  outcomes: Record<string, number>
  byKind: Record<FuzzKind, Record<string, number>>
  /** Requests answered with a 5xx other than 501 and 503, with what was sent (shortened) and answered. */
  serverErrors: { index: number; kind: FuzzKind; status: number; request: string; answer: string }[]
}

/** Signed SAML responses and ID tokens from the demo IdPs, valid now (the server runs on the wall clock). */
export async function fuzzMaterial(): Promise<FuzzMaterial> {
  const now = Date.now()
  const samlAssertions: string[] = []
  const idTokens: string[] = []
  for (const name of ['alice@example.com', 'bob', 'x'.repeat(64)]) {
    const saml = await simulatedSamlResponse(demoWorld, 'arn:aws:iam::111111111111:saml-provider/ExampleIdP', { nameId: name, roleSessionName: name, nowMs: now, lifetimeSeconds: 3600 }, globalThis.crypto)
    if (saml.ok) samlAssertions.push(saml.base64)
    const token = await simulatedIdToken(demoWorld, 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com', { sub: name, nowMs: now })
    if (token.ok) idTokens.push(token.token)
  }
  if (samlAssertions.length === 0 || idTokens.length === 0) throw new Error('the demo IdPs gave no SAML assertion or ID token')
  return { samlAssertions, idTokens }
}

/** The request as sent: signed now if it asks to be, then spoiled if it asks to be. */
async function prepared(request: FuzzRequest, port: number): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const host = `127.0.0.1:${port}`
  if (!request.signWith) return { headers: { host, ...request.headers }, body: request.body }
  const contentType = request.headers['content-type'] ?? ''
  const signed = await signQuery({ credentials: request.signWith, body: request.body.toString('utf8'), host, at: Date.now(), contentType })
  const out = { headers: signed.headers, body: Buffer.from(signed.body, 'utf8') }
  return request.spoil ? request.spoil(out.headers, out.body) : out
}

type Answer = { status: number; text: string } | { ended: string }

function sendHttp(agent: Agent, port: number, request: FuzzRequest, headers: Record<string, string>, body: Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    let outgoing: ReturnType<typeof httpRequest>
    try {
      const withLength = request.method === 'GET' || request.method === 'HEAD' ? headers : { ...headers, 'content-length': String(body.length) }
      outgoing = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.path, headers: withLength, agent }, (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8', 0, 400) }))
        incoming.on('error', (error: NodeJS.ErrnoException) => resolve({ ended: error.code ?? error.message }))
      })
    } catch (error) {
      // The HTTP client itself refused it (a header value it will not send).
      return resolve({ ended: `client: ${(error as NodeJS.ErrnoException).code ?? 'refused'}` })
    }
    outgoing.setTimeout(120_000, () => outgoing.destroy(new Error('no answer in 120 s')))
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ ended: error.code ?? error.message }))
    outgoing.end(body)
  })
}

/** Writes raw bytes, ends the client's side, and reads whatever comes back until the server closes. */
function sendRaw(port: number, bytes: Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes))
    let text = ''
    socket.setTimeout(120_000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
    socket.on('error', () => {})
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1]
      resolve(status ? { status: Number(status), text: text.slice(0, 400) } : { ended: text === '' ? 'closed without an answer' : 'not HTTP' })
    })
  })
}

function summary(request: FuzzRequest, headers: Record<string, string>, body: Buffer): string {
  if (request.raw) return JSON.stringify(request.raw.toString('latin1').slice(0, 300))
  return `${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(headers).slice(0, 300)} ${JSON.stringify(body.toString('utf8', 0, 300))}`
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const material = await fuzzMaterial()
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency })
  const result: FuzzResult = { requests: 0, seconds: 0, outcomes: {}, byKind: {} as FuzzResult['byKind'], serverErrors: [] }
  const count = (kind: FuzzKind, outcome: string) => {
    result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1
    const forKind = (result.byKind[kind] ??= {})
    forKind[outcome] = (forKind[outcome] ?? 0) + 1
  }
  let next = 0
  const started = performance.now()
  const loop = async () => {
    while (next < options.requests) {
      const index = next++
      // Each request has its own seed: request i of a seed is the same in every run.
      const request = fuzzRequest(seededRandom(options.seed * 1_000_003 + index), material)
      const { headers, body } = await prepared(request, options.port)
      const answer = request.raw ? await sendRaw(options.port, request.raw) : await sendHttp(agent, options.port, request, headers, body)
      if ('status' in answer) {
        count(request.kind, String(answer.status))
        if (answer.status >= 500 && answer.status !== 501 && answer.status !== 503 && result.serverErrors.length < 20) {
          result.serverErrors.push({ index, kind: request.kind, status: answer.status, request: summary(request, headers, body), answer: answer.text })
        }
      } else count(request.kind, answer.ended)
      result.requests++
      if (result.requests % 10_000 === 0) options.progress?.(result.requests)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, loop))
  result.seconds = (performance.now() - started) / 1000
  agent.destroy()
  return result
}
