#!/usr/bin/env node
/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate and waitForFunction callbacks run in the browser */
// `npm run bench:typing`: how long the wire view takes to show a keystroke. Opens the built app
// (`npm run build` first) in Debian's Chromium via `vite preview`, picks AssumeRole, types 60
// characters into RoleSessionName one key at a time, and measures in the page, for each key, the
// time from the keydown event to the moment the encoded query (data-testid="encoded-query") holds
// the new text, then to the next painted frame. Numbers only; nothing is asserted.
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.mjs'

const PORT = 4197
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' })
const stop = () => server.kill('SIGTERM')
try {
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`)
      break
    } catch {
      if (i > 100) throw new Error('vite preview did not start')
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const browser = await chromium.launch({ executablePath: findChromium() })
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.getByLabel('Operation', { exact: true }).selectOption('AssumeRole')
  const field = page.getByLabel('RoleSessionName', { exact: true })
  await field.click()
  await page.evaluate(() => {
    const samples = []
    window.__typing = samples
    const target = document.querySelector('[data-testid="encoded-query"]')
    let pending
    document.addEventListener('keydown', () => (pending = { down: performance.now() }), true)
    new MutationObserver(() => {
      if (!pending || pending.updated !== undefined) return
      pending.updated = performance.now()
      const sample = pending
      requestAnimationFrame(() => setTimeout(() => samples.push({ update: sample.updated - sample.down, frame: performance.now() - sample.down }), 0))
    }).observe(target, { subtree: true, childList: true, characterData: true })
  })
  const text = 'a-rather-long-session-name-typed-one-key-at-a-time-0123456789'
  for (const ch of text) {
    await page.keyboard.type(ch)
    await page.waitForFunction((n) => window.__typing.length >= n, text.indexOf(ch) + 1, { timeout: 5000 }).catch(() => {})
  }
  const samples = await page.evaluate(() => window.__typing)
  await browser.close()
  const stat = (key) => {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b)
    const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))]
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${values.at(-1).toFixed(1)} ms`
  }
  console.log(`Typing into RoleSessionName (${samples.length} keystrokes, headless Chromium):`)
  console.log(`  keydown → encoded query updated: ${stat('update')}`)
  console.log(`  keydown → next frame painted:    ${stat('frame')}`)
} finally {
  stop()
}
