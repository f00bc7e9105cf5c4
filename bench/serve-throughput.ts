// Throughput of `npm run serve:sts` over HTTP, against a bare node:http server on the same machine
// driven by the same load generator (loopback only, bounded in time, stops by itself).
//
// Both servers run as child processes (tsx), so each has its own event loop and the load generator
// (this process) has its own. The generator keeps `concurrency` keep-alive connections busy: each
// loop sends a request, waits for the whole answer, and sends the next, for a warm-up then a timed
// window. Requests are signed once, up front, on the wall clock serve:sts uses, and replayed: SigV4
// accepts a signature for 15 minutes and the engine keeps no state, so a replayed AssumeRole is
// answered in full every time (policy evaluation, credentials, token sealing).
//
// On a small machine the generator shares the CPUs with the server under test: the numbers are the
// machine's, the ratio is what to compare across runs. Nothing here asserts a number.
import { spawn, type ChildProcess } from 'node:child_process'
import { Agent, request as httpRequest } from 'node:http'
import { join } from 'node:path'
import type { HttpRequest } from '../src/engine/index.ts'
import { ALICE, signQuery } from '../src/engine/testing/sign-request.ts'
import { grouped, percentile, renderTable } from './harness.ts'

export interface ThroughputOptions {
  /** Concurrent keep-alive connections, each a request-after-request loop. */
  concurrency: number
  /** Untimed load before each timed window. */
  warmupMs: number
  /** The timed window of each case. */
  durationMs: number
}

export interface ThroughputResult {
  name: string
  concurrency: number
  seconds: number
  requests: number
  /** Answers with another status than expected (counted apart, not in `requests`). */
  unexpected: number
  requestsPerSecond: number
  medianMs: number
  p99Ms: number
  /** Requests/s over the bare server's, when this case is compared to it. */
  ratio?: number
}

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx')

/** Starts a child and resolves with its port once it prints `pattern` (whose group 1 is the port). */
export function startChild(script: string, args: readonly string[], pattern: RegExp): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let started = false
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${script} did not start within 20 s:\n${output}`))
    }, 20_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const port = pattern.exec(output)?.[1]
      if (!started && port) {
        started = true
        clearTimeout(timer)
        resolve({ child, port: Number(port) })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (!started) reject(new Error(`${script} exited with ${code ?? signal}:\n${output}`))
    })
  })
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** One request on a keep-alive agent; resolves with the status, the body and the time to the last byte. */
function send(agent: Agent, port: number, request: HttpRequest): Promise<{ status: number; body: string; ns: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: request.method, path: request.url, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) }, agent },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ns: Number(process.hrtime.bigint() - start) }))
        incoming.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(request.body)
  })
}

interface Target {
  name: string
  port: number
  request: HttpRequest
  /** What the first answer must hold, so a broken server cannot look fast. */
  expect: { status: number; bodyIncludes: string }
}

async function drive(target: Target, options: ThroughputOptions): Promise<ThroughputResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency })
  try {
    const first = await send(agent, target.port, target.request)
    if (first.status !== target.expect.status || !first.body.includes(target.expect.bodyIncludes)) {
      throw new Error(`throughput case "${target.name}": expected HTTP ${target.expect.status} with ${target.expect.bodyIncludes}, got HTTP ${first.status}:\n${first.body}`)
    }
    const run = async (ms: number, samples: number[] | undefined) => {
      let unexpected = 0
      const end = performance.now() + ms
      const loop = async () => {
        while (performance.now() < end) {
          const answer = await send(agent, target.port, target.request)
          if (answer.status !== target.expect.status) unexpected++
          else samples?.push(answer.ns)
        }
      }
      const started = performance.now()
      await Promise.all(Array.from({ length: options.concurrency }, loop))
      return { unexpected, seconds: (performance.now() - started) / 1000 }
    }
    await run(options.warmupMs, undefined)
    const samples: number[] = []
    const { unexpected, seconds } = await run(options.durationMs, samples)
    samples.sort((a, b) => a - b)
    return {
      name: target.name,
      concurrency: options.concurrency,
      seconds,
      requests: samples.length,
      unexpected,
      requestsPerSecond: samples.length / seconds,
      medianMs: percentile(samples, 0.5) / 1e6,
      p99Ms: percentile(samples, 0.99) / 1e6,
    }
  } finally {
    agent.destroy()
  }
}

export async function signedFor(port: number, body: string): Promise<HttpRequest> {
  // serve:sts runs on the wall clock: sign now; the signature stays valid for 15 minutes.
  return signQuery({ credentials: ALICE, body, host: `127.0.0.1:${port}`, region: 'us-east-1', at: Date.now() })
}

/** Runs the three cases (bare server, serve:sts GetCallerIdentity, serve:sts AssumeRole) one after the other. */
export async function serveThroughput(options: ThroughputOptions): Promise<ThroughputResult[]> {
  const children: ChildProcess[] = []
  try {
    const bare = await startChild(join(process.cwd(), 'bench', 'bare-http-server.ts'), ['0'], /listening: http:\/\/127\.0\.0\.1:(\d+)/)
    children.push(bare.child)
    const sts = await startChild(join(process.cwd(), 'src', 'server', 'main.ts'), ['--port', '0'], /STS endpoint: http:\/\/127\.0\.0\.1:(\d+)/)
    children.push(sts.child)

    const getCallerIdentity = await signedFor(sts.port, 'Action=GetCallerIdentity&Version=2011-06-15')
    const assumeRole = await signedFor(sts.port, 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=bench')
    const targets: Target[] = [
      { name: 'bare node:http, fixed XML body (baseline)', port: bare.port, request: { ...getCallerIdentity, headers: { ...getCallerIdentity.headers, host: `127.0.0.1:${bare.port}` } }, expect: { status: 200, bodyIncludes: '<GetCallerIdentityResponse' } },
      { name: 'serve:sts GetCallerIdentity, SigV4-signed', port: sts.port, request: getCallerIdentity, expect: { status: 200, bodyIncludes: '<Arn>arn:aws:iam::111111111111:user/alice</Arn>' } },
      { name: 'serve:sts AssumeRole Dev, SigV4-signed', port: sts.port, request: assumeRole, expect: { status: 200, bodyIncludes: '<AssumedRoleId>AROARTXV5AHDSDEV2ROLE:bench</AssumedRoleId>' } },
    ]
    const results: ThroughputResult[] = []
    for (const target of targets) results.push(await drive(target, options))
    const baseline = results[0]?.requestsPerSecond ?? Number.NaN
    return results.map((r, i) => (i === 0 ? r : { ...r, ratio: r.requestsPerSecond / baseline }))
  } finally {
    await Promise.all(children.map(stopChild))
  }
}

/** The throughput table, in the style of the in-process one. */
export function formatThroughputTable(results: readonly ThroughputResult[]): string {
  const header = ['case (HTTP over loopback)', 'connections', 'seconds', 'requests', 'median ms', 'p99 ms', 'req/s', '÷ bare']
  return renderTable(
    header,
    results.map((r) => [
      r.unexpected > 0 ? `${r.name} (${grouped(r.unexpected)} unexpected answers!)` : r.name,
      String(r.concurrency),
      r.seconds.toFixed(2),
      grouped(r.requests),
      r.medianMs.toFixed(2),
      r.p99Ms.toFixed(2),
      grouped(r.requestsPerSecond),
      r.ratio === undefined ? '1' : r.ratio.toFixed(2),
    ]),
  )
}
