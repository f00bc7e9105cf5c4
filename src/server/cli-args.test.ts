import { describe, expect, it } from 'vitest'
import { parseServeArgs, USAGE } from './cli-args.ts'

describe('parseServeArgs: limits', () => {
  it('reads each limit flag in its unit (seconds, MiB), with a space or an equals sign', () => {
    const parsed = parseServeArgs(['--max-connections', '500', '--headers-timeout=2.5', '--request-timeout', '8', '--idle-timeout=60', '--body-memory', '16'])
    expect(parsed).toEqual({
      kind: 'serve',
      options: {
        port: 8787,
        host: '127.0.0.1',
        limits: { maxConnections: 500, headersTimeoutMs: 2500, requestTimeoutMs: 8000, idleTimeoutMs: 60_000, bodyMemoryBytes: 16 * 1024 * 1024 },
      },
    })
  })

  it('leaves out the limits not given, so they keep their defaults', () => {
    expect(parseServeArgs(['--port', '0'])).toEqual({ kind: 'serve', options: { port: 0, host: '127.0.0.1', limits: {} } })
  })

  it.each([
    [['--max-connections', '0'], "--max-connections needs a whole number of connections above 0, not '0'"],
    [['--max-connections', '2.5'], "--max-connections needs a whole number of connections above 0, not '2.5'"],
    [['--headers-timeout', '-1'], "--headers-timeout needs a number of seconds above 0, not '-1'"],
    [['--request-timeout'], '--request-timeout needs a number of seconds above 0, not nothing'],
    [['--body-memory', 'lots'], "--body-memory needs a whole number of MiB, at least 1, not 'lots'"],
    [['--headers-timeout', '30'], '--headers-timeout cannot be longer than --request-timeout'],
  ])('%j is refused: %s', (argv, message) => {
    expect(parseServeArgs(argv)).toEqual({ kind: 'error', message })
  })

  it('the usage names every limit flag', () => {
    for (const flag of ['--max-connections', '--headers-timeout', '--request-timeout', '--idle-timeout', '--body-memory']) expect(USAGE).toContain(flag)
  })
})
