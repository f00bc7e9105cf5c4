// `npm run soak`: serve:sts under abuse, as a child process on a free port of 127.0.0.1.
//
//   npm run soak                     (a) 100,000 fuzzed requests, (b) 200 clients for 30 s,
//                                    (c) 1,000 slow connections for 60 s (10 s before, 30 s after)
//   npm run soak -- --quick          5,000 fuzzed requests, 50 clients for 5 s, 200 slow connections for 10 s
//   npm run soak -- --only attack    one part (fuzz, load or attack)
//   npm run soak -- --fuzz 20000 --clients 100 --load-seconds 10 --attackers 2000 --attack-seconds 30
//   npm run soak -- --seed 7         another fuzzing sequence (the default seed is 1; request i of a
//                                    seed is the same in every run)
//   npm run soak -- --server-arg=--body-memory=64 --server-main ../other/src/server/main.ts
//                                    serve:sts options, or another checkout's serve:sts, to compare
//   npm run soak -- --json out.json  the results as JSON too
//
// (a) must give no 5xx but 501 (NotImplemented) and 503 (dropped to make room), and leave the server alive and answering; (b) and the well-behaved
// clients of (c) must get every answer right. The exit status says whether they did. The numbers
// (throughput, latency, RSS) are reported, not asserted: they are this machine's. docs/hardening.md
// has a run's figures. 1,000 slow connections take about 1,000 open files on each side: the server
// runs in its own process, and the limit on open files of each is printed.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { runAttack, type AttackResult } from './soak-attack.ts'
import { runFuzz, type FuzzResult } from './soak-fuzz.ts'
import { runLoad, type LoadResult } from './soak-load.ts'
import { formatAttack, formatFuzz, formatLoad } from './soak-report.ts'
import { openFilesLimit, startSoakServer } from './soak-server.ts'

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    only: { type: 'string' },
    fuzz: { type: 'string' },
    'fuzz-concurrency': { type: 'string' },
    clients: { type: 'string' },
    'load-seconds': { type: 'string' },
    attackers: { type: 'string' },
    'attack-seconds': { type: 'string' },
    'before-seconds': { type: 'string' },
    'release-seconds': { type: 'string' },
    'good-clients': { type: 'string' },
    seed: { type: 'string' },
    'server-arg': { type: 'string', multiple: true },
    'server-main': { type: 'string' },
    json: { type: 'string' },
  },
})

function whole(name: keyof typeof args, quick: number, full: number): number {
  const raw = args[name]
  if (raw === undefined) return args.quick ? quick : full
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${String(raw)}"`)
  return n
}

const options = {
  fuzz: whole('fuzz', 5_000, 100_000),
  fuzzConcurrency: whole('fuzz-concurrency', 16, 16),
  clients: whole('clients', 50, 200),
  loadSeconds: whole('load-seconds', 5, 30),
  attackers: whole('attackers', 200, 1_000),
  beforeSeconds: whole('before-seconds', 3, 10),
  attackSeconds: whole('attack-seconds', 10, 60),
  releaseSeconds: whole('release-seconds', 10, 30),
  goodClients: whole('good-clients', 8, 8),
  seed: whole('seed', 1, 1),
}
const parts = args.only ? [args.only] : ['fuzz', 'load', 'attack']
if (!parts.every((part) => ['fuzz', 'load', 'attack'].includes(part))) throw new Error(`--only takes fuzz, load or attack, not "${args.only}"`)
const serverArgs = args['server-arg'] ?? []

console.log(`soak of serve:sts, ${new Date().toISOString()}`)
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}, Node ${process.version}`)
console.log(`open files allowed to this process: ${openFilesLimit() ?? 'unknown'}; serve:sts options: ${serverArgs.join(' ') || '(defaults)'}`)
console.log(`options: ${JSON.stringify(options)}\n`)

const problems: string[] = []
const results: { fuzz?: FuzzResult; load?: LoadResult; attack?: AttackResult } = {}

if (parts.includes('fuzz') || parts.includes('load')) {
  const server = await startSoakServer(serverArgs, args['server-main'])
  try {
    if (parts.includes('fuzz')) {
      console.log(`(a) fuzzing: ${options.fuzz} requests, ${options.fuzzConcurrency} at a time, seed ${options.seed}`)
      const fuzz = await runFuzz({ port: server.port, requests: options.fuzz, concurrency: options.fuzzConcurrency, seed: options.seed, progress: (n) => console.log(`  ${n} requests`) })
      results.fuzz = fuzz
      console.log(formatFuzz(fuzz))
      if (fuzz.serverErrors.length > 0) problems.push(`fuzzing: answers with a 5xx other than 501 and 503 (the first ${fuzz.serverErrors.length} are shown above)`)
      if (!server.alive()) problems.push('fuzzing: serve:sts died')
      if (/internal error/.test(server.stderr())) problems.push('fuzzing: serve:sts logged an internal error')
    }
    if (parts.includes('load') && server.alive()) {
      console.log(`\n(b) load: ${options.clients} clients for ${options.loadSeconds} s`)
      const load = await runLoad(server.port, options.clients, options.loadSeconds, options.seed)
      results.load = load
      console.log(formatLoad(load))
      if (load.wrong + load.failed > 0) problems.push(`load: ${load.wrong} wrong answers, ${load.failed} without an answer (first: ${load.firstProblem})`)
    }
    console.log(`serve:sts RSS after (a) and (b): ${(server.rss() / 2 ** 20).toFixed(0)} MiB`)
  } finally {
    await server.stop()
  }
}

if (parts.includes('attack')) {
  const server = await startSoakServer(serverArgs, args['server-main'])
  try {
    console.log(`\n(c) slow-connection attack: ${options.attackers} attackers for ${options.attackSeconds} s, ${options.goodClients} well-behaved clients; serve:sts pid ${server.pid}, open files allowed to it: ${openFilesLimit(server.pid) ?? 'unknown'}`)
    const attack = await runAttack({
      server,
      attackers: options.attackers,
      beforeSeconds: options.beforeSeconds,
      attackSeconds: options.attackSeconds,
      releaseSeconds: options.releaseSeconds,
      goodClients: options.goodClients,
      seed: options.seed,
      onSample: (s) => s.second % 5 === 0 && console.log(`  ${String(s.second).padStart(4)} s  ${s.phase.padEnd(7)}  RSS ${s.rssMiB.toFixed(0).padStart(5)} MiB  attackers open ${s.attackersOpen}`),
    })
    results.attack = attack
    console.log(formatAttack(attack))
    const wrong = Object.values(attack.good).reduce((sum, phase) => sum + phase.wrong, 0)
    if (wrong > 0) problems.push(`attack: ${wrong} wrong answers to well-behaved clients (first: ${attack.firstProblem})`)
    if (attack.good.attack.requests === 0) problems.push('attack: no well-behaved client was answered during the attack')
    if (!server.alive()) problems.push('attack: serve:sts died')
  } finally {
    await server.stop()
  }
}

if (args.json) writeFileSync(args.json, JSON.stringify({ options, results, problems }, null, 2))
console.log(problems.length === 0 ? '\nsoak: passed' : `\nsoak: FAILED\n${problems.map((p) => `  - ${p}`).join('\n')}`)
process.exitCode = problems.length === 0 ? 0 : 1
