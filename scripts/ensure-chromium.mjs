// Run by `npm run test:e2e` before Playwright: makes sure a Chromium is available, never downloading one
// from Playwright's CDN. On Debian as root it installs the distribution's chromium package.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './find-chromium.mjs'

const HOW_TO_INSTALL =
  "Install Debian's chromium package: sudo apt-get install chromium, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary."

let browser = findChromium()

if (browser === undefined && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…")
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (install.status !== 0) console.error(`apt-get failed (exit status ${install.status ?? install.signal}).`)
  browser = findChromium()
}

if (browser === undefined) {
  console.error(`No Chromium found for the end-to-end tests. ${HOW_TO_INSTALL}`)
  process.exit(1)
}

console.log(`End-to-end tests will use ${browser}`)
