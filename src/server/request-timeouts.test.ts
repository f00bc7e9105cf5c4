import { afterEach, describe, expect, it } from 'vitest'
import { demoEngine, listenStsServer, type ListeningServer } from './testing/listen-sts-server.ts'
import { openConnection, postHeaders, statusOf } from './testing/raw-connection.ts'

// serve:sts closes connections that take too long to send their request. The timeouts here are a
// fraction of a second so the tests are quick; each test waits for the close itself (an event), and
// its time limit is 30 s, far above the timeouts, so a loaded machine cannot make it fail.

let running: ListeningServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

const QUICK = { headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 50 }

describe('serve:sts request timeouts', () => {
  it('closes a connection that sends nothing, and one that stops halfway through its headers, with 408', async () => {
    running = await listenStsServer(demoEngine(), { limits: QUICK })
    const silent = await openConnection(running.port)
    const halfHeaders = await openConnection(running.port)
    await halfHeaders.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty')
    expect(statusOf(await silent.closed)).toBe(408)
    expect(statusOf(await halfHeaders.closed)).toBe(408)
  }, 30_000)

  it('closes a connection whose body stops arriving, with 408', async () => {
    running = await listenStsServer(demoEngine(), { limits: QUICK })
    const slow = await openConnection(running.port)
    await slow.write(`${postHeaders(100)}Action=GetCallerIdentity&Ver`)
    expect(statusOf(await slow.closed)).toBe(408)
  }, 30_000)
})
