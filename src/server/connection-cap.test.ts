import { afterEach, describe, expect, it } from 'vitest'
import { demoWorld, type Engine, type EngineResult } from '../engine/index.ts'
import { demoEngine, listenStsServer, type ListeningServer } from './testing/listen-sts-server.ts'
import { openConnection, postHeaders, statusOf } from './testing/raw-connection.ts'

// serve:sts keeps at most `maxConnections` connections open. At the cap, a new connection closes the
// one that has waited longest without a request in the engine; when every connection has a request
// in the engine, the new one is refused. Waits are for events (accepts, answers, closes), never timed.

let running: ListeningServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

const UNSIGNED = 'Action=GetCallerIdentity&Version=2011-06-15'
const unsignedRequest = `${postHeaders(UNSIGNED.length).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n')}${UNSIGNED}`

/** An engine double that holds every request until `release()`, and tells when it holds `count` of them. */
function gatedEngine(): Engine & { holding(count: number): Promise<void>; release(): void } {
  let held = 0
  let open: () => void = () => {}
  const gate = new Promise<void>((done) => (open = done))
  const waiters: { count: number; done: () => void }[] = []
  return {
    world: demoWorld,
    sessionKey: new Uint8Array(32),
    async handle(request): Promise<EngineResult> {
      held++
      for (const waiter of waiters.filter((w) => held >= w.count)) waiter.done()
      await gate
      return { response: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: `echo:${request.body}` }, requestId: 'gated', checks: [] }
    },
    holding: (count) => new Promise<void>((done) => (held >= count ? done() : waiters.push({ count, done }))),
    release: () => open(),
  }
}

describe('serve:sts connection cap', () => {
  it('at the cap, a new connection closes the one that has waited longest, and is answered', async () => {
    running = await listenStsServer(demoEngine(), { limits: { maxConnections: 3 } })
    const first = await openConnection(running.port)
    const second = await openConnection(running.port)
    const third = await openConnection(running.port)
    await running.acceptedAtLeast(3)
    const fourth = await openConnection(running.port)
    await fourth.write(unsignedRequest)
    expect(await first.closed).toBe('')
    const answer = await fourth.closed
    expect(statusOf(answer)).toBe(403)
    expect(answer).toContain('<Code>MissingAuthenticationToken</Code>')
    expect([second.socket.destroyed, third.socket.destroyed]).toEqual([false, false])
  }, 30_000)

  it('when every connection has a request in the engine, a new connection is refused, and the others are answered', async () => {
    const engine = gatedEngine()
    running = await listenStsServer(engine, { limits: { maxConnections: 2 } })
    const busy = [await openConnection(running.port), await openConnection(running.port)]
    for (const connection of busy) await connection.write(unsignedRequest)
    await engine.holding(2)
    const refused = await openConnection(running.port)
    expect(await refused.closed).toBe('')
    engine.release()
    for (const connection of busy) expect(await connection.closed).toContain(`echo:${UNSIGNED}`)
  }, 30_000)
})
