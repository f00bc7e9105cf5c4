import { Agent, createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, demoWorld, type Engine, type EngineResult, type HttpRequest } from '../engine/index.ts'
import { ALICE, signQuery, T0 } from '../engine/testing/sign-request.ts'
import { engineRequestListener, MAX_BATCH, turnBatcher, type InternalErrorHandler } from './node-adapter.ts'
import { nodeDeps } from './node-deps.ts'

// The batching request listener of serve:sts, in process: many requests in flight at once must each
// get their own answer, whatever the batch they land in.

let server: Server | undefined
const agent = new Agent({ keepAlive: true, maxSockets: 256 })

afterEach(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
  server = undefined
})

const answer500: InternalErrorHandler = (_error, reply) => void reply.writeHead(500).end('internal')

async function listen(engine: Engine, onInternalError: InternalErrorHandler = answer500): Promise<number> {
  server = createServer(engineRequestListener(engine, onInternalError))
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done))
  return (server.address() as AddressInfo).port
}

function send(port: number, request: Pick<HttpRequest, 'headers' | 'body'>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) }, agent }, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    outgoing.on('error', reject)
    outgoing.end(request.body)
  })
}

/** An engine double that answers with the request body, after `delayFor(body)` ms, or throws when told to. */
function echoEngine(delayFor: (body: string) => number = () => 0): Engine & { order: string[] } {
  const order: string[] = []
  return {
    order,
    world: demoWorld,
    sessionKey: new Uint8Array(32),
    async handle(request): Promise<EngineResult> {
      const delay = delayFor(request.body)
      if (delay > 0) await new Promise((done) => setTimeout(done, delay))
      if (request.body === 'throw') throw new Error('engine bug')
      order.push(request.body)
      return { response: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: `echo:${request.body}` }, requestId: request.body, checks: [] }
    },
  }
}

describe('engineRequestListener (serve:sts over node:http)', () => {
  it('answers 40 concurrent AssumeRole requests each with its own session', async () => {
    const port = await listen(createEngine({ world: demoWorld, deps: { ...nodeDeps(), now: () => T0 } }))
    const names = Array.from({ length: 40 }, (_, i) => `batch-${i}`)
    const requests = await Promise.all(
      names.map((name) =>
        signQuery({ credentials: ALICE, body: `Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=${name}`, host: `127.0.0.1:${port}` }),
      ),
    )
    const answers = await Promise.all(requests.map((request) => send(port, request)))
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200)
      expect(answer.body).toContain(`<AssumedRoleId>AROARTXV5AHDSDEV2ROLE:${names[i]}</AssumedRoleId>`)
    })
    const keys = answers.map((answer) => /<AccessKeyId>(ASIA\w+)<\/AccessKeyId>/.exec(answer.body)?.[1])
    expect(new Set(keys).size).toBe(40)
  })

  it('answers 150 requests in flight, every one of them', async () => {
    const port = await listen(echoEngine())
    const bodies = Array.from({ length: 150 }, (_, i) => `r${i}`)
    const answers = await Promise.all(bodies.map((body) => send(port, { headers: { 'content-type': 'text/plain' }, body })))
    expect(answers.map((a) => a.body)).toEqual(bodies.map((body) => `echo:${body}`))
  })

  it('a slow answer holds up nobody else in its batch', async () => {
    const engine = echoEngine((body) => (body === 'slow' ? 150 : 0))
    const port = await listen(engine)
    const answers = await Promise.all(['slow', 'a', 'b', 'c'].map((body) => send(port, { headers: {}, body })))
    expect(answers.map((a) => a.body)).toEqual(['echo:slow', 'echo:a', 'echo:b', 'echo:c'])
    expect(engine.order.at(-1)).toBe('slow')
  })

  it('an internal error answers its own request with the error handler, and the others normally', async () => {
    const errors: unknown[] = []
    const port = await listen(echoEngine(), (error, reply) => {
      errors.push(error)
      reply.writeHead(500).end('internal')
    })
    const answers = await Promise.all(['a', 'throw', 'b'].map((body) => send(port, { headers: {}, body })))
    expect(answers).toEqual([
      { status: 200, body: 'echo:a' },
      { status: 500, body: 'internal' },
      { status: 200, body: 'echo:b' },
    ])
    expect(errors).toHaveLength(1)
  })

  it('a client that hangs up halfway through its body is not an internal error, and the server goes on', async () => {
    const errors: unknown[] = []
    const engine = echoEngine()
    const port = await listen(engine, (error, reply) => {
      errors.push(error)
      reply.writeHead(500).end('internal')
    })
    await Promise.all(
      Array.from({ length: 5 }, () =>
        new Promise<void>((done) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nAction=Get')
            setTimeout(() => socket.destroy(), 20)
          })
          socket.on('close', () => done())
        }),
      ),
    )
    expect(await send(port, { headers: {}, body: 'after' })).toEqual({ status: 200, body: 'echo:after' })
    expect(errors).toEqual([])
    expect(engine.order).toEqual(['after'])
  })

  it('a body over 1 MiB gets 413 and never reaches the engine', async () => {
    const engine = echoEngine()
    const port = await listen(engine)
    const answer = await send(port, { headers: {}, body: 'x'.repeat(1024 * 1024 + 1) })
    expect(answer.status).toBe(413)
    expect(engine.order).toEqual([])
  })
})

describe('turnBatcher', () => {
  /** A scheduler the test turns by hand: each call to turn() runs what was scheduled before it. */
  function manualTurns() {
    let pending: (() => void)[] = []
    return {
      schedule: (callback: () => void) => void pending.push(callback),
      turn() {
        const now = pending
        pending = []
        for (const callback of now) callback()
        return now.length
      },
    }
  }

  it(`hands over what one turn collected on the next, at most ${MAX_BATCH} a turn, in order`, () => {
    const turns = manualTurns()
    const ran: number[][] = []
    let current: number[] = []
    const push = turnBatcher((item: number) => current.push(item), turns.schedule)
    for (let i = 0; i < MAX_BATCH * 2 + 22; i++) push(i)
    expect(current).toEqual([])
    while (turns.turn() > 0) {
      ran.push(current)
      current = []
    }
    expect(ran.map((batch) => batch.length)).toEqual([MAX_BATCH, MAX_BATCH, 22])
    expect(ran.flat()).toEqual(Array.from({ length: MAX_BATCH * 2 + 22 }, (_, i) => i))
  })

  it('an item pushed while a remainder waits joins that remainder, and nothing is scheduled twice', () => {
    const turns = manualTurns()
    const ran: string[] = []
    const push = turnBatcher((item: string) => ran.push(item), turns.schedule)
    for (let i = 0; i < MAX_BATCH + 1; i++) push(`a${i}`)
    expect(turns.turn()).toBe(1)
    push('late')
    expect(turns.turn()).toBe(1)
    expect(ran.slice(-2)).toEqual([`a${MAX_BATCH}`, 'late'])
    expect(turns.turn()).toBe(0)
    push('next')
    expect(turns.turn()).toBe(1)
    expect(ran.at(-1)).toBe('next')
    expect(ran).toHaveLength(MAX_BATCH + 3)
  })
})
