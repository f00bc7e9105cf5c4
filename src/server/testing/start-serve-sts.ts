// Test helper: starts `npm run serve:sts` (src/server/main.ts through tsx) as a child process and
// resolves once it prints its endpoint. Used by the tests that drive the endpoint with real clients.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { World } from '../../engine/index.ts'

export const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx')
export const SERVE_MAIN = join(process.cwd(), 'src', 'server', 'main.ts')

export interface RunningServer {
  child: ChildProcess
  /** `http://127.0.0.1:PORT` as the server printed it. */
  endpoint: string
  /** Stops the child and waits for it to exit. */
  stop(): Promise<void>
}

/** Spawns serve:sts with these arguments (e.g. `['--port', '0']`) and waits up to `timeoutMs` for it to listen. */
export function startServeSts(args: readonly string[], timeoutMs = 20_000): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SERVE_MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let started = false
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`serve:sts did not start within ${timeoutMs} ms: ${output}`))
    }, timeoutMs)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /STS endpoint: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (!started && match?.[1]) {
        started = true
        clearTimeout(timer)
        resolve({ child, endpoint: match[1], stop })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (!started) reject(new Error(`serve:sts exited with ${code ?? signal}: ${output}`))
    })
  })
}

/**
 * Starts one serve:sts on a free port before the calling test file's (or describe block's) tests and
 * stops it after them. With `changeWorld`, it serves a copy of the demo world changed by it (written
 * to a temporary file, passed with --world, removed afterwards).
 */
export function serveStsForFile(changeWorld?: (world: World) => void): { readonly endpoint: string } {
  let server: RunningServer | undefined
  let directory: string | undefined
  beforeAll(async () => {
    const args = ['--port', '0']
    if (changeWorld) {
      directory = mkdtempSync(join(tmpdir(), 'sts-world-'))
      const world = JSON.parse(readFileSync(join(process.cwd(), 'src', 'engine', 'world', 'demo-world.json'), 'utf8')) as World
      changeWorld(world)
      const file = join(directory, 'world.json')
      writeFileSync(file, JSON.stringify(world))
      args.push('--world', file)
    }
    server = await startServeSts(args)
  }, 30_000)
  afterAll(async () => {
    await server?.stop()
    if (directory) rmSync(directory, { recursive: true, force: true })
  })
  return {
    get endpoint() {
      if (!server) throw new Error('serve:sts has not started')
      return server.endpoint
    },
  }
}
