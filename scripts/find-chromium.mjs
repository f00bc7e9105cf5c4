// Finds a Chromium for the end-to-end tests and screenshots, without downloading anything.
import { accessSync, constants, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'

/** The first executable called `name` on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here: keep looking.
    }
  }
  return undefined
}

/** The browser Playwright itself installed (`npx playwright install`), when its file exists. */
function playwrightsOwn() {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/**
 * The Chromium executable to use, in order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's `chromium`
 * on PATH, Playwright's own installed browser; undefined when there is none.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  return onPath('chromium') ?? playwrightsOwn()
}
