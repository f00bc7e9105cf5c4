import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Engine, HttpRequest, HttpResponse } from '../engine/index.ts'

const MAX_BODY_BYTES = 1024 * 1024

/** At most this many requests are answered in one turn of the event loop; the rest wait for the next. */
export const MAX_BATCH = 64

/** Reads a node:http request into the engine's shape, keeping the URL exactly as sent (SigV4 needs it raw). */
export async function readRequest(message: IncomingMessage): Promise<HttpRequest | 'too-large'> {
  const chunks: Buffer[] = []
  let size = 0
  const complete = await new Promise<boolean>((resolve, reject) => {
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        message.pause()
        resolve(false)
      } else chunks.push(chunk)
    })
    message.on('end', () => resolve(true))
    message.on('error', reject)
  })
  if (!complete) return 'too-large'
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  const remote = message.socket.remoteAddress?.replace(/^::ffff:/, '')
  return { method: message.method ?? 'GET', url: message.url ?? '/', headers, body: Buffer.concat(chunks).toString('utf8'), ...(remote ? { sourceIp: remote } : {}) }
}

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
 * asynchronous work (WebCrypto for SAML) holds up nobody else's.
 */
export function engineRequestListener(engine: Engine, onInternalError: InternalErrorHandler): (message: IncomingMessage, reply: ServerResponse) => void {
  const answer = async ({ request, reply }: { request: HttpRequest; reply: ServerResponse }) => {
    try {
      writeResponse(reply, (await engine.handle(request)).response)
    } catch (error) {
      onInternalError(error, reply)
    }
  }
  const enqueue = turnBatcher((item: { request: HttpRequest; reply: ServerResponse }) => void answer(item))

  return (message, reply) => {
    readRequest(message).then(
      (request) => {
        if (request === 'too-large') {
          reply.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request body too large for the STS Playground endpoint.\n')
          return
        }
        enqueue({ request, reply })
      },
      (error: unknown) => {
        // A client that hangs up in the middle of its body is gone: nobody to answer, nothing to report.
        if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') return
        onInternalError(error, reply)
      },
    )
  }
}
