// The soak's results as text tables (bench/harness.ts's renderTable).
import type { AttackResult, GoodStats } from './soak-attack.ts'
import type { FuzzResult } from './soak-fuzz.ts'
import type { LoadResult } from './soak-load.ts'
import { grouped, renderTable } from './harness.ts'

const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(1))
const mib = (n: number) => n.toFixed(0)

/** Outcome → count, largest first, as "403 × 41,002, 400 × 20,113, …". */
function histogram(outcomes: Record<string, number>): string {
  return Object.entries(outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, count]) => `${outcome} × ${grouped(count)}`)
    .join(', ')
}

export function formatFuzz(fuzz: FuzzResult): string {
  const rows = Object.entries(fuzz.byKind).map(([kind, outcomes]) => [kind, grouped(Object.values(outcomes).reduce((a, b) => a + b, 0)), histogram(outcomes)])
  const lines = [
    `${grouped(fuzz.requests)} requests in ${fuzz.seconds.toFixed(1)} s (${grouped(fuzz.requests / fuzz.seconds)}/s)`,
    `all: ${histogram(fuzz.outcomes)}`,
    renderTable(['kind', 'requests', 'outcomes (status, or how the connection ended)'], rows),
  ]
  for (const error of fuzz.serverErrors) lines.push(`5xx #${error.index} (${error.kind}) HTTP ${error.status}: ${error.request}\n  → ${error.answer}`)
  return lines.join('\n')
}

export function formatLoad(load: LoadResult): string {
  return renderTable(
    ['clients', 'seconds', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'wrong', 'no answer'],
    [[String(load.clients), load.seconds.toFixed(1), grouped(load.requests), grouped(load.requestsPerSecond), ms(load.p50Ms), ms(load.p99Ms), ms(load.maxMs), String(load.wrong), String(load.failed)]],
  )
}

export function formatAttack(attack: AttackResult): string {
  const good = (phase: string, s: GoodStats) => [phase, grouped(s.requests), ms(s.p50Ms), ms(s.p99Ms), ms(s.maxMs), String(s.wrong), String(s.failed)]
  const { rss } = attack
  return [
    `serve:sts RSS: before ${mib(rss.beforeMiB)} MiB, peak ${mib(rss.peakMiB)} MiB, at the end of the attack ${mib(rss.endOfAttackMiB)} MiB, after release ${mib(rss.endOfReleaseMiB)} MiB (lowest ${mib(rss.lowestInReleaseMiB)} MiB)`,
    `RSS each second (MiB): ${attack.samples.map((s) => mib(s.rssMiB)).join(' ')}`,
    `attackers: ${grouped(attack.attackers.opened)} connections opened, at most ${attack.attackers.mostOpenAtOnce} open at once; how the server ended them: ${histogram(attack.attackers.endings)}`,
    renderTable(['well-behaved clients', 'answers', 'p50 ms', 'p99 ms', 'max ms', 'wrong', 'no answer'], [good('before', attack.good.before), good('during the attack', attack.good.attack), good('after', attack.good.release)]),
  ].join('\n')
}
