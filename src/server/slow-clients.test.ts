import { request as httpRequest } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import type { HttpRequest } from '../engine/index.ts'
import { ALICE, signQuery } from '../engine/testing/sign-request.ts'
import { demoEngine, listenStsServer, type ListeningServer } from './testing/listen-sts-server.ts'
import { openConnection, postHeaders, statusOf, type RawConnection } from './testing/raw-connection.ts'

// 200 connections that send part of a body and then nothing (the slow-connection attack,
// scaled down for a test): well-behaved clients are still answered, the bodies held stay within the
// memory for bodies (a region the server reuses), and the server lets every slow connection go at the
// request timeout. Waits are for events (accepts, answers, closes); the timeouts are generous.

const SLOW = 200

let running: ListeningServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

/** Opens `count` connections, each sending the headers of a `declared`-byte POST and `sent` bytes of its body. */
async function slowConnections(port: number, count: number, declared: number, sent: number): Promise<RawConnection[]> {
  const connections: RawConnection[] = []
  const partial = Buffer.concat([Buffer.from(postHeaders(declared)), Buffer.alloc(sent, 'a')])
  for (let i = 0; i < count; i++) connections.push(await openConnection(port))
  await Promise.all(connections.map((connection) => connection.write(partial)))
  return connections
}

/** One request on its own connection; resolves with the status and the body. */
function send(port: number, request: HttpRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.url, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) }, agent: false }, (incoming) => {
      let body = ''
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()))
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }))
    })
    outgoing.on('error', reject)
    outgoing.end(request.body)
  })
}

/**
 * A full garbage collection, reached without --expose-gc on the command line (the flag is set before
 * the first call). V8 frees the memory of dead ArrayBuffers on a background thread after a
 * collection; the next collection waits for that to finish, so three in a row leave
 * process.memoryUsage().arrayBuffers counting live buffers only, however loaded the machine is.
 */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  return () => {
    for (let i = 0; i < 3; i++) gc()
  }
}

const MIB = 1024 * 1024

describe('serve:sts under slow connections', () => {
  it(`with ${SLOW} slow connections filling the connection cap, signed and unsigned requests are answered, and every slow connection is let go`, async () => {
    running = await listenStsServer(demoEngine(), {
      limits: { maxConnections: SLOW, headersTimeoutMs: 2_000, requestTimeoutMs: 4_000, timeoutCheckIntervalMs: 100 },
    })
    const slow = await slowConnections(running.port, SLOW, 64 * 1024, 1024)
    await running.acceptedAtLeast(SLOW)
    const body = 'Action=GetCallerIdentity&Version=2011-06-15'
    for (let i = 0; i < 5; i++) {
      const signed = await signQuery({ credentials: ALICE, body, host: `127.0.0.1:${running.port}`, at: Date.now() })
      const answer = await send(running.port, signed)
      expect(answer.status).toBe(200)
      expect(answer.body).toContain('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
    }
    const unsigned = await send(running.port, { method: 'POST', url: '/', headers: { host: '127.0.0.1', 'content-type': 'application/x-www-form-urlencoded' }, body })
    expect(unsigned.status).toBe(403)
    expect(unsigned.body).toContain('<Code>MissingAuthenticationToken</Code>')
    // Every one of them is closed: to make room (503, or no answer if its request had not been read
    // yet), or at the request timeout (408).
    const statuses = new Set((await Promise.all(slow.map((connection) => connection.closed))).map(statusOf))
    expect([...statuses].filter((status) => status !== undefined && status !== 408 && status !== 503)).toEqual([])
  }, 60_000)

  it(`${SLOW} connections each holding 64 KiB of a body, twice: the server holds no more than its memory for bodies, and reuses it`, async () => {
    const gc = collectGarbage()
    running = await listenStsServer(demoEngine(), {
      limits: { bodyMemoryBytes: 4 * MIB, headersTimeoutMs: 3_000, requestTimeoutMs: 6_000, timeoutCheckIntervalMs: 100 },
    })
    const port = running.port
    gc()
    const before = process.memoryUsage().arrayBuffers
    const grown = () => {
      gc()
      return process.memoryUsage().arrayBuffers - before
    }
    // 200 × 64 KiB is 12.5 MiB; the server receives bodies into its 4 MiB region and drops the
    // longest-waiting ones to stay within it. The bounds leave 4 MiB, then 1 MiB, for anything else.
    const wave = async () => {
      const slow = await slowConnections(port, SLOW, 128 * 1024, 64 * 1024)
      // One whole request after all the partial bodies were written: by its answer the server has
      // been through the bytes that were waiting for it.
      const body = 'Action=GetCallerIdentity&Version=2011-06-15'
      expect((await send(port, { method: 'POST', url: '/', headers: { host: '127.0.0.1', 'content-type': 'application/x-www-form-urlencoded' }, body })).status).toBe(403)
      expect(grown()).toBeLessThan(8 * MIB)
      await Promise.all(slow.map((connection) => connection.closed))
      return grown()
    }
    const afterFirst = await wave()
    // When the server has closed them all, only the region is left, kept for the bodies to come.
    expect(afterFirst).toBeLessThan(5 * MIB)
    // The same again takes nothing more: the region is reused.
    const afterSecond = await wave()
    expect(afterSecond - afterFirst).toBeLessThan(1 * MIB)
  }, 90_000)
})
