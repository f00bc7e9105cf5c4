/** The options of `npm run serve:sts`. */
export interface ServeOptions {
  port: number
  host: string
  /** A world file to load instead of the bundled demo world. */
  worldFile?: string
}

export const DEFAULT_PORT = 8787

export const USAGE = `Usage: npm run serve:sts -- [--port N] [--world FILE]

Serves the STS Playground engine as a local STS endpoint on 127.0.0.1.

  --port N       TCP port (default ${DEFAULT_PORT}; 0 picks a free port)
  --world FILE   load this world file instead of the bundled demo world
  --help         show this help

Point the AWS CLI or an SDK at it, for example:
  AWS_ENDPOINT_URL_STS=http://127.0.0.1:${DEFAULT_PORT} aws sts get-caller-identity`

export type ParsedArgs = { kind: 'serve'; options: ServeOptions } | { kind: 'help' } | { kind: 'error'; message: string }

/** Parses argv (without node and the script). Accepts `--flag value` and `--flag=value`. */
export function parseServeArgs(argv: readonly string[]): ParsedArgs {
  const options: ServeOptions = { port: DEFAULT_PORT, host: '127.0.0.1' }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const eq = arg.indexOf('=')
    const flag = eq === -1 ? arg : arg.slice(0, eq)
    const inline = eq === -1 ? undefined : arg.slice(eq + 1)
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' }
      case '--port': {
        const raw = value()
        if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) > 65535) {
          return { kind: 'error', message: `--port needs a number from 0 to 65535, not ${raw === undefined ? 'nothing' : `'${raw}'`}` }
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
  return { kind: 'serve', options }
}
