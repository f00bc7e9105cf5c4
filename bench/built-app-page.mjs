// Shared by the in-browser benchmarks (bench:typing, bench:markers): the built app (`npm run build`
// first) served by `vite preview` on a port of its own, opened in Debian's Chromium, and the
// summary of a list of latencies. Numbers only; nothing is asserted.
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.mjs'

/** Serves the build on `port`, opens it in a new page, and runs `measure(page)`; always stops the server. */
export async function withBuiltApp(port, measure) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
  try {
    for (let i = 0; ; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`)
        break
      } catch {
        if (i > 100) throw new Error('vite preview did not start')
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const browser = await chromium.launch({ executablePath: findChromium() })
    try {
      const page = await browser.newPage()
      await page.goto(`http://127.0.0.1:${port}/`)
      return await measure(page)
    } finally {
      await browser.close()
    }
  } finally {
    server.kill('SIGTERM')
  }
}

/** "median … ms, p95 … ms, max … ms" of one field of the samples. */
export function latencySummary(samples, key) {
  const values = samples.map((s) => s[key]).sort((a, b) => a - b)
  const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))]
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${values.at(-1).toFixed(1)} ms`
}
