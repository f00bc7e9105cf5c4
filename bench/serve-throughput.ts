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
// The cases run one after the other, in rounds; a case's ratio to the bare server is taken within a
// round and the median of the rounds is reported, with the lowest and highest round. A calibration
// server (the bare one plus a fixed amount of busy work per request) shows what work alone costs.
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
  /** How many times the cases run, one after the other; ratios are the median of the rounds'. */
  rounds: number
}

export interface ThroughputResult {
  name: string
  concurrency: number
  rounds: number
  /** All rounds' timed windows together. */
  seconds: number
  requests: number
  /** Answers with another status than expected (counted apart, not in `requests`). */
  unexpected: number
  requestsPerSecond: number
  medianMs: number
  p99Ms: number
  /** Requests/s over the bare server's in the same round, when this case is compared to it. */
  ratio?: { median: number; low: number; high: number }
}

/** One case's timed window in one round. */
interface RoundResult {
  seconds: number
  requests: number
  unexpected: number
  /** Time to the last byte of each expected answer, in ns. */
  samples: number[]
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

export interface Target {
  name: string
  port: number
  request: HttpRequest
  /** What the first answer must hold, so a broken server cannot look fast. */
  expect: { status: number; bodyIncludes: string }
}

async function drive(target: Target, options: ThroughputOptions): Promise<RoundResult> {
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
    return { seconds, requests: samples.length, unexpected, samples }
  } finally {
    agent.destroy()
  }
}

export async function signedFor(port: number, body: string): Promise<HttpRequest> {
  // serve:sts runs on the wall clock: sign now; the signature stays valid for 15 minutes.
  return signQuery({ credentials: ALICE, body, host: `127.0.0.1:${port}`, region: 'us-east-1', at: Date.now() })
}

/** The calibration server's busy work per request, in microseconds (see bench/bare-http-server.ts). */
export const CALIBRATION_WORK_US = 10

/** The servers every throughput comparison runs: the bare baseline, the calibration, and serve:sts. */
export async function startServers(): Promise<{ bare: number; calibration: number; sts: number; children: ChildProcess[] }> {
  const children: ChildProcess[] = []
  const start = async (...args: Parameters<typeof startChild>) => {
    const started = await startChild(...args)
    children.push(started.child)
    return started.port
  }
  try {
    const listening = /listening: http:\/\/127\.0\.0\.1:(\d+)/
    const bare = await start(join(process.cwd(), 'bench', 'bare-http-server.ts'), ['0'], listening)
    const calibration = await start(join(process.cwd(), 'bench', 'bare-http-server.ts'), ['0', String(CALIBRATION_WORK_US)], listening)
    const sts = await start(join(process.cwd(), 'src', 'server', 'main.ts'), ['--port', '0'], /STS endpoint: http:\/\/127\.0\.0\.1:(\d+)/)
    return { bare, calibration, sts, children }
  } catch (error) {
    await Promise.all(children.map(stopChild))
    throw error
  }
}

/** The name of the case the project's goal is about. */
export const GET_CALLER_IDENTITY_CASE = 'serve:sts GetCallerIdentity, SigV4-signed'

/**
 * The four cases of every comparison, the baseline first: the bare server, the calibration, and
 * serve:sts answering GetCallerIdentity and AssumeRole. Signed now: call it once per round, so that
 * no number of rounds outlasts SigV4's 15 minutes. The bare servers read the same bytes.
 */
export async function comparisonCases(servers: { bare: number; calibration: number; sts: number }): Promise<Target[]> {
  const getCallerIdentity = await signedFor(servers.sts, 'Action=GetCallerIdentity&Version=2011-06-15')
  const assumeRole = await signedFor(servers.sts, 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=bench')
  const forBare = (port: number): HttpRequest => ({ ...getCallerIdentity, headers: { ...getCallerIdentity.headers, host: `127.0.0.1:${port}` } })
  const fixedBody = { status: 200, bodyIncludes: '<GetCallerIdentityResponse' }
  return [
    { name: 'bare node:http, fixed XML body (baseline)', port: servers.bare, request: forBare(servers.bare), expect: fixedBody },
    { name: `bare node:http + ${CALIBRATION_WORK_US} µs of busy work per request (calibration)`, port: servers.calibration, request: forBare(servers.calibration), expect: fixedBody },
    { name: GET_CALLER_IDENTITY_CASE, port: servers.sts, request: getCallerIdentity, expect: { status: 200, bodyIncludes: '<Arn>arn:aws:iam::111111111111:user/alice</Arn>' } },
    { name: 'serve:sts AssumeRole Dev, SigV4-signed', port: servers.sts, request: assumeRole, expect: { status: 200, bodyIncludes: '<AssumedRoleId>AROARTXV5AHDSDEV2ROLE:bench</AssumedRoleId>' } },
  ]
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * Each case's ratio to the baseline, round by round (the cases of one round run back to back, so a
 * machine that is busier in one round than another affects both sides of that round's ratio): the
 * median, and the lowest and highest round.
 */
export function roundRatios(perRound: readonly (readonly number[])[], caseIndex: number): { median: number; low: number; high: number } {
  const ratios = perRound.map((round) => (round[caseIndex] ?? Number.NaN) / (round[0] ?? Number.NaN))
  return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) }
}

/**
 * Runs the four cases (bare server, calibration, serve:sts GetCallerIdentity, serve:sts AssumeRole)
 * one after the other, `rounds` times over.
 */
export async function serveThroughput(options: ThroughputOptions): Promise<ThroughputResult[]> {
  const servers = await startServers()
  try {
    let names: string[] = []
    const rounds: RoundResult[][] = []
    for (let round = 0; round < options.rounds; round++) {
      const targets = await comparisonCases(servers)
      names = targets.map((target) => target.name)
      const results: RoundResult[] = []
      for (const target of targets) results.push(await drive(target, options))
      rounds.push(results)
    }
    const perRound = rounds.map((round) => round.map((r) => r.requests / r.seconds))
    return names.map((name, i) => {
      const runs = rounds.map((round) => round[i] as RoundResult)
      const samples = runs.flatMap((r) => r.samples).sort((a, b) => a - b)
      const seconds = runs.reduce((sum, r) => sum + r.seconds, 0)
      return {
        name,
        concurrency: options.concurrency,
        rounds: options.rounds,
        seconds,
        requests: samples.length,
        unexpected: runs.reduce((sum, r) => sum + r.unexpected, 0),
        requestsPerSecond: samples.length / seconds,
        medianMs: percentile(samples, 0.5) / 1e6,
        p99Ms: percentile(samples, 0.99) / 1e6,
        ...(i === 0 ? {} : { ratio: roundRatios(perRound, i) }),
      }
    })
  } finally {
    await Promise.all(servers.children.map(stopChild))
  }
}

/** The throughput table, in the style of the in-process one. */
export function formatThroughputTable(results: readonly ThroughputResult[]): string {
  const header = ['case (HTTP over loopback)', 'connections', 'rounds', 'seconds', 'requests', 'median ms', 'p99 ms', 'req/s', '÷ bare (median)', 'rounds\' range']
  return renderTable(
    header,
    results.map((r) => [
      r.unexpected > 0 ? `${r.name} (${grouped(r.unexpected)} unexpected answers!)` : r.name,
      String(r.concurrency),
      String(r.rounds),
      r.seconds.toFixed(2),
      grouped(r.requests),
      r.medianMs.toFixed(2),
      r.p99Ms.toFixed(2),
      grouped(r.requestsPerSecond),
      r.ratio === undefined ? '1' : r.ratio.median.toFixed(2),
      r.ratio === undefined ? '' : `${r.ratio.low.toFixed(2)}–${r.ratio.high.toFixed(2)}`,
    ]),
  )
}
