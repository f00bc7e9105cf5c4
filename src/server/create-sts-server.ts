import { createServer, type Server } from 'node:http'
import type { Engine } from '../engine/index.ts'
import { BodyPool } from './body-pool.ts'
import { ConnectionGuard } from './connection-guard.ts'
import { engineRequestListener, type InternalErrorHandler } from './node-adapter.ts'
import { serverLimits, type ServerLimits } from './server-limits.ts'

export interface StsServerOptions {
  /** Any limit left out keeps its default (DEFAULT_LIMITS). */
  limits?: Partial<ServerLimits>
  /** What to do with a failure of the endpoint's own; by default it is logged and answered 500. */
  onInternalError?: InternalErrorHandler
}

/** The endpoint's own failure (never a client's): logged to stderr and answered 500. */
export const logAndAnswer500: InternalErrorHandler = (error, reply) => {
  console.error('serve:sts: internal error', error)
  if (!reply.headersSent) reply.writeHead(500, { 'Content-Type': 'text/plain' })
  reply.end('Internal error in the STS Playground endpoint.\n')
}

/**
 * The node:http server of serve:sts, not yet listening: the engine behind the batching request
 * listener, within `limits`. node:http enforces the timeouts (408 and close); the ConnectionGuard
 * the connection cap and the memory for bodies (a BodyPool of that size); the listener the size of
 * one body (413 and close).
 * main.ts and the tests build the endpoint with this one function.
 */
export function createStsServer(engine: Engine, options: StsServerOptions = {}): Server {
  const limits = serverLimits(options.limits)
  const guard = new ConnectionGuard(limits.maxConnections, limits.bodyMemoryBytes)
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
      // node:http's default, stated: a request's headers may take 16 KiB (431 beyond).
      maxHeaderSize: 16 * 1024,
    },
    engineRequestListener(engine, options.onInternalError ?? logAndAnswer500, { maxBodyBytes: limits.maxBodyBytes, pool: new BodyPool(limits.bodyMemoryBytes), guard }),
  )
  server.keepAliveTimeout = limits.keepAliveTimeoutMs
  server.timeout = limits.idleTimeoutMs
  server.on('connection', guard.admit)
  return server
}
