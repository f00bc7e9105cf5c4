import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Engine, HttpRequest, HttpResponse } from '../engine/index.ts'
import { BodyBuffer } from './body-buffer.ts'
import { BODY_BLOCK_BYTES, BodyPool } from './body-pool.ts'
import type { ConnectionGuard } from './connection-guard.ts'
import { DEFAULT_LIMITS, MAX_BODY_BYTES } from './server-limits.ts'

/** At most this many requests are answered in one turn of the event loop; the rest wait for the next. */
export const MAX_BATCH = 64

/**
 * What became of a request: read whole, or not. `too-large`: its body passed the cap (reading
 * stopped there); `shed`: the guard dropped its body to make room; `gone`: the client hung up.
 */
export type ReadOutcome = HttpRequest | 'too-large' | 'shed' | 'gone'

export interface BodyLimits {
  /** The longest body accepted, in bytes (MAX_BODY_BYTES by default). */
  maxBodyBytes?: number
  /** Charges bodies to the memory budget and tells which connections have a request in the engine. */
  guard?: ConnectionGuard | undefined
}

/**
 * Reads a node:http request into the engine's shape, keeping the URL exactly as sent (SigV4 needs it
 * raw). The body is copied into blocks of the pool, each charged to the guard before it is taken,
 * and the blocks go back as soon as the request is settled either way; after that, the rest of a
 * body that is still arriving is not kept.
 */
export function readRequest(message: IncomingMessage, pool: BodyPool, { maxBodyBytes = MAX_BODY_BYTES, guard }: BodyLimits = {}): Promise<ReadOutcome> {
  const socket = message.socket
  const body = new BodyBuffer(pool)
  return new Promise<ReadOutcome>((resolve, reject) => {
    let settled = false
    const settle = (outcome: ReadOutcome | Error) => {
      if (settled) return
      settled = true
      message.removeListener('data', onData)
      body.release()
      guard?.releaseBody(socket)
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome)
    }
    const onData = (chunk: Buffer) => {
      if (body.size + chunk.length > maxBodyBytes) return settle('too-large')
      const blocks = body.blocksFor(chunk.length)
      // Charging may shed this very request, if it has waited longest: then `settle('shed')` has run.
      if (blocks > 0) guard?.hold(socket, blocks * BODY_BLOCK_BYTES)
      if (!settled) body.append(chunk)
    }
    guard?.reading(socket, () => settle('shed'))
    message.on('data', onData)
    // `on`, not `once`: settle runs once anyway, and `once` costs a wrapper per listener per request.
    message.on('end', () => settle(engineRequest(message, body.text())))
    // A client that hangs up in the middle of its body is gone: nobody to answer, nothing to report.
    message.on('error', (error: NodeJS.ErrnoException) => settle(error.code === 'ECONNRESET' ? 'gone' : error))
    message.on('close', () => settle('gone'))
  })
}

function engineRequest(message: IncomingMessage, body: string): HttpRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  const remote = message.socket.remoteAddress?.replace(/^::ffff:/, '')
  return { method: message.method ?? 'GET', url: message.url ?? '/', headers, body, ...(remote ? { sourceIp: remote } : {}) }
}

/**
 * Answers a request the endpoint will not read to the end, and closes its connection: node:http
 * ends a response with `Connection: close` and then destroys the socket, so the rest of the body is
 * never read (https://nodejs.org/docs/latest-v20.x/api/http.html#responseend-data-encoding-callback).
 */
function refuse(reply: ServerResponse, status: 413 | 503, text: string): void {
  if (reply.headersSent) return
  const headers: Record<string, string> = { 'Content-Type': 'text/plain', 'Content-Length': String(Buffer.byteLength(text)), Connection: 'close' }
  // RFC 9110 section 10.2.3: how long to wait before trying again.
  if (status === 503) headers['Retry-After'] = '1'
  reply.writeHead(status, headers).end(text)
}

const TOO_LARGE = 'Request body too large for the STS Playground endpoint.\n'
const SHED = 'The STS Playground endpoint dropped this request to make room for others: send it again, all at once.\n'

/** Writes the engine's response. The flat [name, value, …] form is taken by node:http as it is, with no object to walk. */
export function writeResponse(reply: ServerResponse, response: HttpResponse): void {
  const headers: string[] = []
  for (const name in response.headers) headers.push(name, response.headers[name] ?? '')
  headers.push('Content-Length', String(Buffer.byteLength(response.body)))
  reply.writeHead(response.status, headers)
  reply.end(response.body)
}

/** What the server does with a failure of its own (never a client's): log it and answer 500. */
export type InternalErrorHandler = (error: unknown, reply: ServerResponse) => void

/**
 * Collects what is pushed during one turn of the event loop and hands each item to `run` on the
 * next turn (`schedule`, setImmediate by default), in the order pushed, at most MAX_BATCH a turn.
 */
export function turnBatcher<T>(run: (item: T) => void, schedule: (callback: () => void) => void = setImmediate): (item: T) => void {
  let queue: T[] = []
  const drain = () => {
    const batch = queue.length > MAX_BATCH ? queue.splice(0, MAX_BATCH) : queue
    if (batch === queue) queue = []
    else schedule(drain)
    for (const item of batch) run(item)
  }
  return (item) => {
    if (queue.length === 0) schedule(drain)
    queue.push(item)
  }
}

/**
 * A node:http request listener that answers with the engine, a batch at a time. Requests whose
 * bodies complete in one turn of the event loop are queued; on the next turn the engine starts on
 * all of them, and each answer is written as soon as it is ready. The answers are the same as one
 * at a time; what changes is the order of work on a loaded server: the engine runs back to back
 * while its code and data are warm in the CPU's caches, and the answers go out together, so a
 * client is woken once for several of them. With 16 connections from wrk on a 2-vCPU machine that
 * doubles serve:sts's requests per second (npm run bench). An answer that waits on real
 * asynchronous work (WebCrypto for SAML) holds up nobody else's. A connection is `busy` with the
 * guard from the end of its request until its answer is written.
 */
export function engineRequestListener(
  engine: Engine,
  onInternalError: InternalErrorHandler,
  { maxBodyBytes = MAX_BODY_BYTES, pool = new BodyPool(DEFAULT_LIMITS.bodyMemoryBytes), guard }: BodyLimits & { pool?: BodyPool } = {},
): (message: IncomingMessage, reply: ServerResponse) => void {
  type Item = { request: HttpRequest; reply: ServerResponse; socket: Socket }
  const answer = async ({ request, reply, socket }: Item) => {
    try {
      writeResponse(reply, (await engine.handle(request)).response)
    } catch (error) {
      onInternalError(error, reply)
    }
    guard?.answered(socket)
  }
  const enqueue = turnBatcher((item: Item) => void answer(item))

  return (message, reply) => {
    // Content-Length is checked before a byte of the body is read (node:http has parsed it as digits).
    if (Number(message.headers['content-length'] ?? 0) > maxBodyBytes) return refuse(reply, 413, TOO_LARGE)
    readRequest(message, pool, { maxBodyBytes, guard }).then(
      (request) => {
        if (request === 'too-large') return refuse(reply, 413, TOO_LARGE)
        if (request === 'shed') return refuse(reply, 503, SHED)
        if (request === 'gone') return
        guard?.busy(message.socket)
        enqueue({ request, reply, socket: message.socket })
      },
      (error: unknown) => onInternalError(error, reply),
    )
  }
}
