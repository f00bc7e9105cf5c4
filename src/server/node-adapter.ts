import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Engine, HttpRequest } from '../engine/index.ts'

const MAX_BODY_BYTES = 1024 * 1024

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

/** Answers one node:http request with the engine. */
export async function serveWithEngine(engine: Engine, message: IncomingMessage, reply: ServerResponse): Promise<void> {
  const request = await readRequest(message)
  if (request === 'too-large') {
    reply.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request body too large for the STS Playground endpoint.\n')
    return
  }
  const { response } = await engine.handle(request)
  reply.writeHead(response.status, { ...response.headers, 'Content-Length': Buffer.byteLength(response.body) })
  reply.end(response.body)
}
