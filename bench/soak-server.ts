// The server under soak: `serve:sts` as a child process (node --import tsx src/server/main.ts, so
// the child's pid is the server's own and /proc/<pid>/status is its memory), on a free port.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface SoakServer {
  pid: number
  port: number
  /** The server's resident set size now, in bytes (VmRSS of /proc/<pid>/status). */
  rss(): number
  /** Everything the server wrote to stderr (an internal error logs there). */
  stderr(): string
  /** Whether the process is still running. */
  alive(): boolean
  stop(): Promise<void>
}

const MAIN = join(process.cwd(), 'src', 'server', 'main.ts')

/** The resident set size of process `pid`, in bytes, or NaN if it cannot be read. */
export function rssOf(pid: number): number {
  try {
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kib === undefined ? Number.NaN : Number(kib) * 1024
  } catch {
    return Number.NaN
  }
}

/** The soft limit on open files of process `pid` (from /proc/<pid>/limits), or undefined. */
export function openFilesLimit(pid: number | 'self' = 'self'): number | undefined {
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1]
    return soft === undefined ? undefined : Number(soft)
  } catch {
    return undefined
  }
}

/**
 * Starts serve:sts with `args` (after `--port 0`) and resolves once it prints its endpoint. `main`:
 * another serve:sts main.ts to run instead (another checkout, to compare).
 */
export function startSoakServer(args: readonly string[] = [], main: string = MAIN): Promise<SoakServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let started = false
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    const alive = () => child.exitCode === null && child.signalCode === null
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`serve:sts did not start within 60 s:\n${stdout}${stderr}`))
    }, 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const port = /STS endpoint: http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1]
      if (started || !port || child.pid === undefined) return
      started = true
      clearTimeout(timer)
      const pid = child.pid
      resolve({
        pid,
        port: Number(port),
        rss: () => rssOf(pid),
        stderr: () => stderr,
        alive,
        async stop() {
          if (!alive()) return
          const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
          child.kill('SIGTERM')
          await exited
          clearTimeout(kill)
        },
      })
    })
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (!started) reject(new Error(`serve:sts exited with ${code ?? signal}:\n${stdout}${stderr}`))
    })
  })
}
