import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.mjs'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const executablePath = findChromium()
// Another checkout may already serve its own build on the default port: E2E_PORT picks another one.
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`

// One worker per two CPUs: a worker's Chromium (browser, renderer and GPU processes, with the Monaco
// editor and in-page STS crypto) keeps about one core busy, and the preview server, Playwright's
// runner and whatever else the machine does need the rest. On a 2-core machine that is 1 worker:
// measured there under load, 2 workers took longer in all (6.8 against 6.0 min, the machine somewhat
// busier during the first), each test ran about twice as slow, and the keyboard-only test ran past 90 s.
// E2E_WORKERS (or --workers) overrides it.
const workers = Number(process.env.E2E_WORKERS ?? Math.max(1, Math.floor(availableParallelism() / 2)))

// The tests run against the production build, served by `vite preview`, in a locally installed
// Chromium (see scripts/ensure-chromium.mjs): nothing is downloaded.
export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  workers,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  // Timeouts are sized for a loaded machine, here and not per test. They are limits, not waits: a
  // step that is ready returns at once. On a 2-core machine under heavy load (load average 12-15, one
  // worker) the slowest tests, three whole-page axe scans and the keyboard-only loop, took up to 53 s.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: executablePath === undefined ? {} : { executablePath },
      },
    },
  ],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: repoRoot,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    // The production build runs first: 20-60 s on the loaded 2-core machine, so 120 s left too little room.
    timeout: 300_000,
  },
})
