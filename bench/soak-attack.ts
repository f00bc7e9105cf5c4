// Soak part (c): the slow-connection attack of the issue, on a server of its own. `attackers`
// connections are held open, each reopened a quarter of a second after the server closes it: half
// send the headers of a 1,000,000-byte POST and 256-975 KiB of its body (about 1 MiB, as in the
// issue), then nothing; a quarter send such a body 1 KiB a second; 15% send their headers a line a
// second; 10% send nothing. Well-behaved clients (half on keep-alive
// connections, half on a new connection per request) send signed requests throughout. The server's
// RSS is read from /proc every second, before the attack, during it, and after it ends.
import { Agent } from 'node:http'
import { connect, type Socket } from 'node:net'
import { percentileOf, timedRequest, wellFormedRequests, type WellFormed } from './soak-http.ts'
import { seededRandom, type Random } from './soak-random.ts'
import type { SoakServer } from './soak-server.ts'

export type Phase = 'before' | 'attack' | 'release'

export interface AttackOptions {
  server: SoakServer
  attackers: number
  beforeSeconds: number
  attackSeconds: number
  releaseSeconds: number
  /** Well-behaved clients; half keep their connection, half open one per request. */
  goodClients: number
  seed: number
  /** Called with each RSS sample. */
  onSample?: (sample: RssSample) => void
}

export interface RssSample {
  /** Seconds since the start of the `before` phase. */
  second: number
  phase: Phase
  rssMiB: number
  /** Attacker connections open at that moment. */
  attackersOpen: number
}

export interface GoodStats {
  requests: number
  wrong: number
  failed: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export interface AttackResult {
  samples: RssSample[]
  rss: { beforeMiB: number; peakMiB: number; endOfAttackMiB: number; endOfReleaseMiB: number; lowestInReleaseMiB: number }
  good: Record<Phase, GoodStats>
  /** `endings`: "behaviour status" (or "behaviour closed without an answer") → count. */
  attackers: { opened: number; mostOpenAtOnce: number; endings: Record<string, number> }
  firstProblem?: string
}

type Behaviour = 'partial-body' | 'trickle-body' | 'slow-headers' | 'silent'

const HEADERS = 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n'
const BODY = Buffer.alloc(975 * 1024, 'a')
const TRICKLE = BODY.subarray(0, 1024)
const MIB = 1024 * 1024

class Attack {
  readonly open = new Map<Socket, Behaviour>()
  opened = 0
  mostOpenAtOnce = 0
  readonly endings: Record<string, number> = {}
  private running = true

  constructor(
    private readonly port: number,
    private readonly random: Random,
  ) {}

  /** Opens one attacker connection; when the server closes it, another takes its place (after 250 ms). */
  start(): void {
    if (!this.running) return
    const behaviour = this.random.weighted<Behaviour>([
      [50, 'partial-body'],
      [25, 'trickle-body'],
      [15, 'slow-headers'],
      [10, 'silent'],
    ])
    const socket = connect(this.port, '127.0.0.1')
    let answer = ''
    this.opened++
    this.open.set(socket, behaviour)
    this.mostOpenAtOnce = Math.max(this.mostOpenAtOnce, this.open.size)
    socket.on('connect', () => {
      if (behaviour === 'partial-body') socket.write(Buffer.concat([Buffer.from(HEADERS), BODY.subarray(0, (256 + this.random.below(720)) * 1024)]))
      if (behaviour === 'trickle-body') socket.write(HEADERS)
      if (behaviour === 'slow-headers') socket.write('POST / HTTP/1.1\r\n')
    })
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1', 0, 64)))
    socket.on('error', () => {})
    socket.on('close', () => {
      this.open.delete(socket)
      if (!this.running) return
      const ending = `${behaviour} ${/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 'closed without an answer'}`
      this.endings[ending] = (this.endings[ending] ?? 0) + 1
      setTimeout(() => this.start(), 250)
    })
  }

  /** Once a second: the trickling attackers send their next piece. */
  trickle(): void {
    for (const [socket, behaviour] of this.open) {
      if (!socket.writable || socket.connecting) continue
      if (behaviour === 'trickle-body') socket.write(TRICKLE)
      if (behaviour === 'slow-headers') socket.write('X-Slow: yes\r\n')
    }
  }

  stop(): void {
    this.running = false
    for (const socket of this.open.keys()) socket.destroy()
    this.open.clear()
  }
}

function stats(latencies: number[], wrong: number, failed: number): GoodStats {
  return { requests: latencies.length, wrong, failed, p50Ms: percentileOf(latencies, 0.5), p99Ms: percentileOf(latencies, 0.99), maxMs: latencies.length ? Math.max(...latencies) : Number.NaN }
}

export async function runAttack(options: AttackOptions): Promise<AttackResult> {
  const { server } = options
  const random = seededRandom(options.seed)
  const requests = (await wellFormedRequests(server.port)).map(({ weight, request }) => [weight, request] as const)
  const attack = new Attack(server.port, random)
  const started = performance.now()
  let phase: Phase = 'before'
  const samples: RssSample[] = []
  const good = { before: { latencies: [] as number[], wrong: 0, failed: 0 }, attack: { latencies: [] as number[], wrong: 0, failed: 0 }, release: { latencies: [] as number[], wrong: 0, failed: 0 } }
  let firstProblem: string | undefined
  let done = false

  const sample = () => {
    const taken: RssSample = { second: Math.round((performance.now() - started) / 1000), phase, rssMiB: server.rss() / MIB, attackersOpen: attack.open.size }
    samples.push(taken)
    options.onSample?.(taken)
  }
  const ticker = setInterval(() => {
    attack.trickle()
    sample()
  }, 1000)

  const goodClient = async (index: number) => {
    const agent = index % 2 === 0 ? new Agent({ keepAlive: true, maxSockets: 1 }) : undefined
    const clientRandom = seededRandom(options.seed + 1 + index)
    while (!done) {
      const chosen: WellFormed = clientRandom.weighted(requests)
      const at = good[phase]
      try {
        const answer = await timedRequest(server.port, chosen.request, agent)
        at.latencies.push(answer.ms)
        if (answer.status !== chosen.status || !answer.body.includes(chosen.includes)) {
          at.wrong++
          firstProblem ??= `${chosen.name} (${phase}): HTTP ${answer.status} ${answer.body.slice(0, 200)}`
        }
      } catch (error) {
        at.failed++
        firstProblem ??= `${chosen.name} (${phase}): ${(error as Error).message}`
      }
    }
    agent?.destroy()
  }
  const clients = Array.from({ length: options.goodClients }, (_, i) => goodClient(i))

  const phaseFor = (seconds: number) => new Promise<void>((done) => setTimeout(done, seconds * 1000))
  sample()
  await phaseFor(options.beforeSeconds)
  phase = 'attack'
  // The attackers connect 50 at a time, 20 batches a second, so the accept queue is not what limits them.
  for (let i = 0; i < options.attackers; i += 50) {
    for (let j = i; j < Math.min(options.attackers, i + 50); j++) attack.start()
    await new Promise((next) => setTimeout(next, 50))
  }
  await phaseFor(options.attackSeconds)
  sample()
  const endOfAttackMiB = server.rss() / MIB
  phase = 'release'
  attack.stop()
  await phaseFor(options.releaseSeconds)
  sample()
  done = true
  clearInterval(ticker)
  await Promise.all(clients)

  const inPhase = (p: Phase) => samples.filter((s) => s.phase === p).map((s) => s.rssMiB)
  const release = inPhase('release')
  return {
    samples,
    rss: {
      beforeMiB: Math.max(...inPhase('before')),
      peakMiB: Math.max(...samples.map((s) => s.rssMiB)),
      endOfAttackMiB,
      endOfReleaseMiB: release.at(-1) ?? Number.NaN,
      lowestInReleaseMiB: Math.min(...release),
    },
    good: {
      before: stats(good.before.latencies, good.before.wrong, good.before.failed),
      attack: stats(good.attack.latencies, good.attack.wrong, good.attack.failed),
      release: stats(good.release.latencies, good.release.wrong, good.release.failed),
    },
    attackers: { opened: attack.opened, mostOpenAtOnce: attack.mostOpenAtOnce, endings: attack.endings },
    ...(firstProblem ? { firstProblem } : {}),
  }
}
