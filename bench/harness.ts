// A tiny in-process benchmark harness: warm up, then time N sequential iterations one by one with
// process.hrtime.bigint() and summarise them. It reports numbers; it asserts nothing about them.

export interface BenchOptions {
  /** Untimed iterations first, so the JIT has compiled the hot paths. */
  warmup: number
  /** Timed iterations. */
  iterations: number
}

export interface BenchResult {
  name: string
  iterations: number
  medianNs: number
  p95Ns: number
  meanNs: number
  minNs: number
  /** Throughput of one caller awaiting each answer before sending the next: 1 s / mean. */
  opsPerSecond: number
}

/** Nearest-rank percentile of an ascending array (p in 0..1). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)))
  return sorted[rank - 1] ?? Number.NaN
}

export async function bench(name: string, run: () => Promise<unknown> | unknown, options: BenchOptions): Promise<BenchResult> {
  for (let i = 0; i < options.warmup; i++) await run()
  const samples = new Array<number>(options.iterations)
  for (let i = 0; i < options.iterations; i++) {
    const start = process.hrtime.bigint()
    await run()
    samples[i] = Number(process.hrtime.bigint() - start)
  }
  samples.sort((a, b) => a - b)
  const total = samples.reduce((sum, ns) => sum + ns, 0)
  const meanNs = total / samples.length
  return {
    name,
    iterations: samples.length,
    medianNs: percentile(samples, 0.5),
    p95Ns: percentile(samples, 0.95),
    meanNs,
    minNs: samples[0] ?? Number.NaN,
    opsPerSecond: 1e9 / meanNs,
  }
}

export const micros = (ns: number): string => (ns / 1000).toFixed(1)
export const grouped = (n: number): string => Math.round(n).toLocaleString('en-US')

/** Renders rows under a header as a fixed-width text table: the first column left-aligned, the others right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, col) => Math.max(title.length, ...rows.map((row) => (row[col] ?? '').length)))
  const line = (cells: readonly string[]): string =>
    cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** Renders results as a fixed-width text table. */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['case', 'iterations', 'median µs', 'p95 µs', 'mean µs', 'min µs', 'ops/s']
  return renderTable(
    header,
    results.map((r) => [r.name, grouped(r.iterations), micros(r.medianNs), micros(r.p95Ns), micros(r.meanNs), micros(r.minNs), grouped(r.opsPerSecond)]),
  )
}
