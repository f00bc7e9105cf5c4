// The same throughput comparison with Debian's `wrk` (a C load generator) as the client, when it
// is installed: the Node load generator of serve-throughput.ts shares this process's JavaScript
// thread and caps the bare server well below what it can do. wrk does not, and on a small machine
// it shows how steeply any per-request work costs against a server that does none (see the
// calibration row). Loopback only, bounded in time, one thread and the same number of connections
// and rounds as the Node pass.
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HttpRequest } from '../src/engine/index.ts'
import { renderTable } from './harness.ts'
import { comparisonCases, median, roundRatios, startServers, stopChild } from './serve-throughput.ts'

export function wrkAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).status === 0
}

function luaScript(request: HttpRequest, port: number): string {
  const quote = (text: string) => JSON.stringify(text)
  const headers = Object.entries(request.headers)
    .filter(([name]) => name.toLowerCase() !== 'host')
    .map(([name, value]) => `wrk.headers[${quote(name)}] = ${quote(value)}`)
  return [`wrk.method = "POST"`, `wrk.body = ${quote(request.body)}`, `wrk.headers["Host"] = ${quote(`127.0.0.1:${port}`)}`, ...headers].join('\n')
}

function runWrk(port: number, request: HttpRequest, seconds: number, connections: number): { rps: number; non2xx: number } {
  const script = join(tmpdir(), `sts-bench-${process.pid}-${port}.lua`)
  writeFileSync(script, luaScript(request, port))
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', script, `http://127.0.0.1:${port}/`], { encoding: 'utf8', timeout: (seconds + 15) * 1000 })
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN), non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0) }
}

export async function wrkThroughput(seconds: number, connections: number, rounds: number): Promise<string> {
  const servers = await startServers()
  try {
    let names: string[] = []
    const perRound: number[][] = []
    const non2xx = [0, 0, 0, 0]
    for (const c of await comparisonCases(servers)) runWrk(c.port, c.request, 1, connections) // warm-up: the JIT compiles the hot paths first
    for (let round = 0; round < rounds; round++) {
      const cases = await comparisonCases(servers)
      names = cases.map((c) => c.name)
      perRound.push(
        cases.map((c, i) => {
          const result = runWrk(c.port, c.request, seconds, connections)
          non2xx[i] = (non2xx[i] ?? 0) + result.non2xx
          return result.rps
        }),
      )
    }
    return renderTable(
      ['case (wrk -t1 over loopback)', 'connections', 'rounds', 'seconds', 'req/s (median)', 'non-2xx', '÷ bare (median)', 'rounds\' range'],
      names.map((name, i) => {
        const ratio = i === 0 ? undefined : roundRatios(perRound, i)
        return [
          name,
          String(connections),
          String(rounds),
          String(seconds * rounds),
          Math.round(median(perRound.map((round) => round[i] ?? Number.NaN))).toLocaleString('en-US'),
          String(non2xx[i] ?? 0),
          ratio ? ratio.median.toFixed(2) : '1',
          ratio ? `${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)}` : '',
        ]
      }),
    )
  } finally {
    await Promise.all(servers.children.map(stopChild))
  }
}
