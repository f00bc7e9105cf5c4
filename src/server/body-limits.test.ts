import { afterEach, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from './server-limits.ts'
import { demoEngine, listenStsServer, type ListeningServer } from './testing/listen-sts-server.ts'
import { openConnection, postHeaders, statusOf } from './testing/raw-connection.ts'

// serve:sts holds at most MAX_BODY_BYTES of one request, and at most `bodyMemoryBytes` of all
// requests' bodies together. Every wait here is for an event (an answer, a close); none is timed.

let running: ListeningServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

describe('serve:sts body limits', () => {
  it('answers 413 and closes on a Content-Length over the cap, before any of the body is sent', async () => {
    running = await listenStsServer(demoEngine(), {})
    const connection = await openConnection(running.port)
    await connection.write(postHeaders(MAX_BODY_BYTES + 1))
    const response = await connection.closed
    expect(statusOf(response)).toBe(413)
    expect(response).toMatch(/\r\nConnection: close\r\n/i)
  }, 30_000)

  it('cuts off a chunked body as soon as it passes the cap: 413, and the connection closes while the client still has 64 MiB to send', async () => {
    running = await listenStsServer(demoEngine(), {})
    const connection = await openConnection(running.port)
    await connection.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n')
    const piece = Buffer.alloc(64 * 1024, 'a')
    const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
    const planned = MAX_BODY_BYTES + 64 * 1024 * 1024
    let sent = 0
    try {
      while (sent < planned) {
        await connection.write(chunk)
        sent += piece.length
      }
    } catch {
      // The server closed the connection: the write failed, as it should.
    }
    const response = await connection.closed
    expect(sent).toBeLessThan(planned)
    expect(statusOf(response)).toBe(413)
    // Said and done: the connection is not kept for another request on which the rest would be read.
    expect(response).toMatch(/\r\nConnection: close\r\n/i)
  }, 30_000)

  it('past the memory for bodies, drops the body that has waited longest (503) and still takes a new request', async () => {
    // 64 KiB a body, 128 KiB for all, in blocks of 16 KiB: two 40 KiB partial bodies (3 blocks each)
    // fit, a third does not; once the oldest is dropped, a small body (one block) fits again.
    running = await listenStsServer(demoEngine(), { limits: { maxBodyBytes: 64 * 1024, bodyMemoryBytes: 128 * 1024 } })
    const partial = Buffer.alloc(40 * 1024, 'a')
    const oldest = await openConnection(running.port)
    const middle = await openConnection(running.port)
    const newest = await openConnection(running.port)
    await running.acceptedAtLeast(3)
    for (const connection of [oldest, middle, newest]) await connection.write(Buffer.concat([Buffer.from(postHeaders(64 * 1024)), partial]))
    const dropped = await oldest.closed
    expect(statusOf(dropped)).toBe(503)
    expect(dropped).toMatch(/\r\nRetry-After: 1\r\n/i)

    const body = 'Action=GetCallerIdentity&Version=2011-06-15'
    const fresh = await openConnection(running.port)
    await fresh.write(`${postHeaders(body.length).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n')}${body}`)
    const answer = await fresh.closed
    expect(statusOf(answer)).toBe(403)
    expect(answer).toContain('<Code>MissingAuthenticationToken</Code>')
    expect([middle.socket.destroyed, newest.socket.destroyed]).toEqual([false, false])
  }, 30_000)

  it('a keep-alive connection that was idle before the others came is not the oldest once it sends a request: its body counts from its headers', async () => {
    running = await listenStsServer(demoEngine(), { limits: { maxBodyBytes: 64 * 1024, bodyMemoryBytes: 128 * 1024 } })
    const body = 'Action=GetCallerIdentity&Version=2011-06-15'
    const keptAlive = await openConnection(running.port)
    await keptAlive.write(`${postHeaders(body.length)}${body}`)
    await new Promise<void>((answered) => keptAlive.socket.on('data', () => /MissingAuthenticationToken/.test(keptAlive.received()) && answered()))
    // Two slow bodies arrive after it, then it sends one of its own: three of them do not fit.
    const partial = Buffer.alloc(40 * 1024, 'a')
    const first = await openConnection(running.port)
    const second = await openConnection(running.port)
    await running.acceptedAtLeast(3)
    for (const connection of [first, second]) await connection.write(Buffer.concat([Buffer.from(postHeaders(64 * 1024)), partial]))
    await keptAlive.write(Buffer.concat([Buffer.from(postHeaders(64 * 1024)), partial]))
    expect(statusOf(await first.closed)).toBe(503)
    expect([second.socket.destroyed, keptAlive.socket.destroyed]).toEqual([false, false])
  }, 30_000)
})
