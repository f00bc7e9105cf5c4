// Test helper: serve:sts in this process, built by createStsServer with the limits a test gives
// (small timeouts, a small cap), listening on a free port of 127.0.0.1.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createEngine, demoWorld, type Engine } from '../../engine/index.ts'
import { createStsServer, type StsServerOptions } from '../create-sts-server.ts'
import { nodeDeps } from '../node-deps.ts'

export interface ListeningServer {
  server: Server
  port: number
  /** Connections the server has accepted so far (counted on its 'connection' event, refused ones included). */
  accepted(): number
  /** Resolves once the server has accepted `count` connections in all. */
  acceptedAtLeast(count: number): Promise<void>
  /** Closes every connection and the server. */
  close(): Promise<void>
}

/** The engine serve:sts runs: the demo world, the wall clock, the system's randomness. */
export function demoEngine(): Engine {
  return createEngine({ world: demoWorld, deps: nodeDeps() })
}

export async function listenStsServer(engine: Engine, options: StsServerOptions): Promise<ListeningServer> {
  const server = createStsServer(engine, options)
  let accepted = 0
  const waiters: { count: number; done: () => void }[] = []
  server.on('connection', () => {
    accepted++
    for (const waiter of waiters.filter((w) => accepted >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.done()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    server,
    port: (server.address() as AddressInfo).port,
    accepted: () => accepted,
    acceptedAtLeast: (count) => new Promise<void>((done) => (accepted >= count ? done() : waiters.push({ count, done }))),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
