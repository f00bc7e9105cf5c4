// The same throughput comparison with Debian's `wrk` (a C load generator) as the client, when it
// is installed: the Node load generator of serve-throughput.ts shares this process's JavaScript
// thread and caps the bare server well below what it can do, which flatters the ratio. Loopback
// only, bounded in time, one thread and the same number of connections as the Node pass.
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HttpRequest } from '../src/engine/index.ts'
import { renderTable } from './harness.ts'
import { signedFor, startChild, stopChild } from './serve-throughput.ts'

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

export async function wrkThroughput(seconds: number, connections: number): Promise<string> {
  const bare = await startChild(join(process.cwd(), 'bench', 'bare-http-server.ts'), ['0'], /listening: http:\/\/127\.0\.0\.1:(\d+)/)
  const sts = await startChild(join(process.cwd(), 'src', 'server', 'main.ts'), ['--port', '0'], /STS endpoint: http:\/\/127\.0\.0\.1:(\d+)/)
  try {
    const gci = await signedFor(sts.port, 'Action=GetCallerIdentity&Version=2011-06-15')
    const assume = await signedFor(sts.port, 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=bench')
    const rows = [
      ['bare node:http, fixed XML body (baseline)', runWrk(bare.port, gci, seconds, connections)],
      ['serve:sts GetCallerIdentity, SigV4-signed', runWrk(sts.port, gci, seconds, connections)],
      ['serve:sts AssumeRole Dev, SigV4-signed', runWrk(sts.port, assume, seconds, connections)],
    ] as const
    const baseline = rows[0][1].rps
    return renderTable(
      ['case (wrk -t1 over loopback)', 'connections', 'seconds', 'req/s', 'non-2xx', '÷ bare'],
      rows.map(([name, r], i) => [name, String(connections), String(seconds), Math.round(r.rps).toLocaleString('en-US'), String(r.non2xx), i === 0 ? '1' : (r.rps / baseline).toFixed(2)]),
    )
  } finally {
    await Promise.all([stopChild(bare.child), stopChild(sts.child)])
  }
}
