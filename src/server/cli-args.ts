import { DEFAULT_LIMITS, type ServerLimits } from './server-limits.ts'

/** The options of `npm run serve:sts`. */
export interface ServeOptions {
  port: number
  host: string
  /** A world file to load instead of the bundled demo world. */
  worldFile?: string
  /** The limits given on the command line; the others keep their defaults. */
  limits: Partial<ServerLimits>
}

export const DEFAULT_PORT = 8787

const seconds = (ms: number) => String(ms / 1000)

export const USAGE = `Usage: npm run serve:sts -- [--port N] [--world FILE] [limits]

Serves the STS Playground engine as a local STS endpoint on 127.0.0.1.

  --port N                TCP port (default ${DEFAULT_PORT}; 0 picks a free port)
  --world FILE            load this world file instead of the bundled demo world
  --help                  show this help

Limits (see docs/hardening.md):
  --max-connections N     connections open at once (default ${DEFAULT_LIMITS.maxConnections}); at the cap a
                          new one closes the connection that has waited longest
  --headers-timeout S     seconds to send a request's headers (default ${seconds(DEFAULT_LIMITS.headersTimeoutMs)})
  --request-timeout S     seconds to send a whole request, body included (default ${seconds(DEFAULT_LIMITS.requestTimeoutMs)})
  --idle-timeout S        seconds a connection may stay silent (default ${seconds(DEFAULT_LIMITS.idleTimeoutMs)})
  --body-memory MIB       MiB of request bodies held at once, all connections together
                          (default ${DEFAULT_LIMITS.bodyMemoryBytes / 1024 / 1024}); past it the longest-waiting bodies are dropped

Point the AWS CLI or an SDK at it, for example:
  AWS_ENDPOINT_URL_STS=http://127.0.0.1:${DEFAULT_PORT} aws sts get-caller-identity`

export type ParsedArgs = { kind: 'serve'; options: ServeOptions } | { kind: 'help' } | { kind: 'error'; message: string }

/** The flags that set a limit: the limit, how to read the value, and what it must be. */
const LIMIT_FLAGS: Record<string, { limit: keyof ServerLimits; scale: number; whole: boolean; needs: string }> = {
  '--max-connections': { limit: 'maxConnections', scale: 1, whole: true, needs: 'a whole number of connections above 0' },
  '--headers-timeout': { limit: 'headersTimeoutMs', scale: 1000, whole: false, needs: 'a number of seconds above 0' },
  '--request-timeout': { limit: 'requestTimeoutMs', scale: 1000, whole: false, needs: 'a number of seconds above 0' },
  '--idle-timeout': { limit: 'idleTimeoutMs', scale: 1000, whole: false, needs: 'a number of seconds above 0' },
  '--body-memory': { limit: 'bodyMemoryBytes', scale: 1024 * 1024, whole: true, needs: 'a whole number of MiB, at least 1' },
}

/** Parses argv (without node and the script). Accepts `--flag value` and `--flag=value`. */
export function parseServeArgs(argv: readonly string[]): ParsedArgs {
  const options: ServeOptions = { port: DEFAULT_PORT, host: '127.0.0.1', limits: {} }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const eq = arg.indexOf('=')
    const flag = eq === -1 ? arg : arg.slice(0, eq)
    const inline = eq === -1 ? undefined : arg.slice(eq + 1)
    const value = () => inline ?? argv[++i]
    const shown = (raw: string | undefined) => (raw === undefined ? 'nothing' : `'${raw}'`)
    const limitFlag = LIMIT_FLAGS[flag]
    if (limitFlag) {
      const raw = value()
      const number = raw === undefined || !/^\d+(\.\d+)?$/.test(raw) ? Number.NaN : Number(raw)
      if (!(number > 0) || (limitFlag.whole && !Number.isInteger(number))) return { kind: 'error', message: `${flag} needs ${limitFlag.needs}, not ${shown(raw)}` }
      options.limits[limitFlag.limit] = Math.round(number * limitFlag.scale)
      continue
    }
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' }
      case '--port': {
        const raw = value()
        if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) > 65535) {
          return { kind: 'error', message: `--port needs a number from 0 to 65535, not ${shown(raw)}` }
        }
        options.port = Number(raw)
        break
      }
      case '--world': {
        const raw = value()
        if (raw === undefined || raw === '') return { kind: 'error', message: '--world needs a file name' }
        options.worldFile = raw
        break
      }
      default:
        return { kind: 'error', message: `unknown option '${arg}'` }
    }
  }
  const { headersTimeoutMs = DEFAULT_LIMITS.headersTimeoutMs, requestTimeoutMs = DEFAULT_LIMITS.requestTimeoutMs } = options.limits
  if (headersTimeoutMs > requestTimeoutMs) return { kind: 'error', message: '--headers-timeout cannot be longer than --request-timeout' }
  return { kind: 'serve', options }
}
