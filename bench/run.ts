// `npm run bench`: how fast the engine answers, measured in-process (no HTTP, no browser).
//
//   npm run bench                          defaults: 1000 warm-up + 10000 timed iterations per case,
//                                          then 3 rounds of 3 s of HTTP load per case (0.5 s warm-up)
//   npm run bench -- --iterations 2000 --warmup 200
//   npm run bench -- --serve-seconds 5 --connections 32 --rounds 5
//   npm run bench -- --no-serve             in-process cases only
//
// In-process cases:
//   1. a SigV4-signed GetCallerIdentity: the full path (Query parsing, SigV4 verification against the
//      demo world's keys, the operation, the XML response). One request is signed up front with
//      @smithy/signature-v4 (the SDKs' signer) and replayed; the engine's clock is fixed at the
//      signing instant, so the signature never expires.
//   2. a SigV4-signed AssumeRole (alice → Dev): the same path plus trust and identity policy
//      evaluation, session credentials and the sealed session token. Replayed the same way: the
//      engine is stateless, so every replay does the whole work.
//   3. GetCallerIdentity signed with the temporary credentials case 2 issues: the session token is
//      opened, checked and read on every such request.
//   4. an unsigned request naming an unknown Action (InvalidAction): the protocol-only path, which
//      stops before any signature work.
//   5. one IAM decision over 10 identity policies of 20 statements each (goal: at most 20 µs median).
//   6. a role session's effective permissions across the whole IAM catalogue (goal: at most 50 ms).
//   7. the Compare view's whole comparison table for the demo world (bench/compare-case.ts; goal: at most 50 ms).
//   8. the policy-intersection grid of every s3 action across every layer (bench/intersection-case.ts; goal: at most 16 ms).
//   9. the intersection overview of the whole catalogue, per service (goal: at most 100 ms).
// Then what the built app downloads per view (bench/bundle-sizes.ts; needs `npm run build` first).
// Over HTTP (bench/serve-throughput.ts): serve:sts answering GetCallerIdentity and AssumeRole, and a
// bare node:http server answering a fixed body, under the same keep-alive load; requests/s and the
// ratio serve:sts ÷ bare (the project's goal: at least 0.6 for GetCallerIdentity), the median of
// several rounds, each round running every case back to back. A calibration case (the bare server
// plus 10 µs of busy CPU work per request) shows what a fixed amount of work costs in that ratio.
// Numbers only: there are no timing assertions. Each case is checked once for the expected answer
// before it is timed, so a broken engine cannot produce a fast-looking benchmark.
import os from 'node:os'
import { parseArgs } from 'node:util'
import { createEngine, demoWorld, type EngineDeps, type HttpRequest } from '../src/engine/index.ts'
import { ALICE, signQuery, T0 } from '../src/engine/testing/sign-request.ts'
import { nodeDeps } from '../src/server/node-deps.ts'
import { bundleSizes, formatBundleTable } from './bundle-sizes.ts'
import { bench, formatTable, type BenchOptions, type BenchResult } from './harness.ts'
import { compareCase } from './compare-case.ts'
import { intersectionCases } from './intersection-case.ts'
import { decisionCase, effectiveCase } from './policy-cases.ts'
import { formatThroughputTable, GET_CALLER_IDENTITY_CASE, serveThroughput } from './serve-throughput.ts'
import { wrkAvailable, wrkThroughput } from './wrk-throughput.ts'

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < (name === 'warmup' ? 0 : 1)) throw new Error(`--${name} must be a whole number${name === 'warmup' ? '' : ' above 0'}, got "${value}"`)
  return n
}

const { values: args } = parseArgs({
  options: { iterations: { type: 'string' }, warmup: { type: 'string' }, 'serve-seconds': { type: 'string' }, connections: { type: 'string' }, rounds: { type: 'string' }, 'no-serve': { type: 'boolean' } },
})
const options: BenchOptions = {
  iterations: positiveInt('iterations', args.iterations, 10_000),
  warmup: positiveInt('warmup', args.warmup, 1_000),
}
const serveSeconds = positiveInt('serve-seconds', args['serve-seconds'], 3)
const connections = positiveInt('connections', args.connections, 16)
const rounds = positiveInt('rounds', args.rounds, 3)

// The clock is fixed at the instant the request is signed (T0); randomness (request ids) is real.
const deps: EngineDeps = {
  ...nodeDeps(),
  now: () => T0,
}
const engine = createEngine({ world: demoWorld, deps })

const signedGetCallerIdentity: HttpRequest = await signQuery({
  credentials: ALICE,
  body: 'Action=GetCallerIdentity&Version=2011-06-15',
  at: T0,
})

const signedAssumeRole: HttpRequest = await signQuery({
  credentials: ALICE,
  body: 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=bench',
  at: T0,
})

// Alice's Dev session, issued once by the same engine, then GetCallerIdentity signed with it: the
// path every request of a role session takes (the session token opened and checked each time).
const devSession = (await engine.handle(signedAssumeRole)).issued
if (!devSession) throw new Error('bench setup: AssumeRole alice → Dev issued no credentials')
const signedWithSession: HttpRequest = await signQuery({
  credentials: { accessKeyId: devSession.accessKeyId, secretAccessKey: devSession.secretAccessKey, sessionToken: devSession.sessionToken },
  body: 'Action=GetCallerIdentity&Version=2011-06-15',
  at: T0,
})

const unsignedInvalidAction: HttpRequest = {
  method: 'POST',
  url: '/',
  headers: { host: 'sts.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: 'Action=NoSuchAction&Version=2011-06-15',
}

/** Sanity check, not a timing assertion: the case must exercise the path it claims to. */
async function expectAnswer(name: string, request: HttpRequest, status: number, bodyIncludes: string): Promise<void> {
  const { response } = await engine.handle(request)
  if (response.status !== status || !response.body.includes(bodyIncludes)) {
    throw new Error(`bench case "${name}": expected HTTP ${status} with ${bodyIncludes}, got HTTP ${response.status}:\n${response.body}`)
  }
}

const cases: { name: string; request: HttpRequest; status: number; bodyIncludes: string }[] = [
  { name: 'GetCallerIdentity, SigV4-signed (200)', request: signedGetCallerIdentity, status: 200, bodyIncludes: '<GetCallerIdentityResponse' },
  { name: 'GetCallerIdentity with the Dev session\'s credentials (200)', request: signedWithSession, status: 200, bodyIncludes: '<Arn>arn:aws:sts::111111111111:assumed-role/Dev/bench</Arn>' },
  { name: 'AssumeRole alice → Dev, SigV4-signed (200)', request: signedAssumeRole, status: 200, bodyIncludes: '<AssumedRoleId>AROARTXV5AHDSDEV2ROLE:bench</AssumedRoleId>' },
  { name: 'unsigned, unknown Action (400 InvalidAction)', request: unsignedInvalidAction, status: 400, bodyIncludes: '<Code>InvalidAction</Code>' },
]

const cpus = os.cpus()
console.log(`STS Playground engine benchmark — node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} CPU(s)), ${os.platform()}/${os.arch()}`)
console.log(`${options.warmup} warm-up + ${options.iterations} timed iterations per case, one request at a time, timed with process.hrtime.bigint()\n`)

const results: BenchResult[] = []
for (const c of cases) {
  await expectAnswer(c.name, c.request, c.status, c.bodyIncludes)
  results.push(await bench(c.name, () => engine.handle(c.request), options))
}

// The policy engine: a decision is microseconds, so it gets the same counts; effective permissions
// over the whole catalogue takes milliseconds, so fewer iterations.
const decision = decisionCase()
decision.check()
results.push(await bench(decision.name, decision.run, options))
const effective = await effectiveCase()
effective.check()
results.push(await bench(effective.name, effective.run, { warmup: 5, iterations: Math.max(10, Math.round(options.iterations / 200)) }))
// The Compare view's table: some 170 requests a run, so fewer iterations still.
const compare = compareCase(deps.hashing)
await compare.check()
results.push(await bench(compare.name, compare.run, { warmup: 5, iterations: Math.max(10, Math.round(options.iterations / 500)) }))
// The intersection grid (a few hundred rows) and overview (the whole catalogue): milliseconds, so fewer iterations.
const intersection = await intersectionCases()
intersection.grid.check()
results.push(await bench(intersection.grid.name, intersection.grid.run, { warmup: 5, iterations: Math.max(10, Math.round(options.iterations / 200)) }))
intersection.overview.check()
results.push(await bench(intersection.overview.name, intersection.overview.run, { warmup: 3, iterations: Math.max(10, Math.round(options.iterations / 500)) }))

console.log(formatTable(results))
console.log('\nops/s = 1 s / mean time per request (a single caller awaiting each answer).')

// What the browser downloads per view (the last build in dist/). Before the views and the worker the
// initial JavaScript was 187 KB gzip, Monaco loaded when AssumeRole was chosen, and the engine ran on
// the main thread; the budget (scripts/check-bundle-size.mjs, CI) is now 130 KB.
const bundle = bundleSizes()
console.log('\nThe app in the browser, gzipped, from the last `npm run build`:\n')
console.log(typeof bundle === 'string' ? `(${bundle})` : formatBundleTable(bundle))

if (!args['no-serve']) {
  console.log(`\nserve:sts over HTTP: ${connections} keep-alive connections on 127.0.0.1, ${rounds} rounds of 0.5 s warm-up + ${serveSeconds} s per case; servers in child processes, the load generator in this one\n`)
  const throughput = await serveThroughput({ concurrency: connections, warmupMs: 500, durationMs: serveSeconds * 1000, rounds })
  console.log(formatThroughputTable(throughput))
  const gci = throughput.find((r) => r.name === GET_CALLER_IDENTITY_CASE)?.ratio?.median
  console.log(
    `\nreq/s = answers with the expected status / seconds; ÷ bare = req/s over the bare server's in the same round, the median of the rounds. Goal for GetCallerIdentity: at least 0.6 (${gci === undefined ? 'not measured' : gci >= 0.6 ? `met: ${gci.toFixed(2)}` : `not met: ${gci.toFixed(2)}`}).`,
  )
  console.log('The calibration server is the bare one plus busy CPU work per request: near 1, the load generator sets the pace, not the servers.')
  if (wrkAvailable()) {
    console.log('\nThe same with wrk as the client (a C load generator that does not cap the bare server):\n')
    console.log(await wrkThroughput(serveSeconds, connections, rounds))
    console.log('\nHere the calibration row is what a fixed amount of work alone costs a server that answers one request at a time.')
  } else {
    console.log('\n(Install Debian\'s wrk to also measure with a C load generator: apt-get install wrk.)')
  }
}
