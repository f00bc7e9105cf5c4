#!/usr/bin/env node
/* global window, document, MutationObserver -- page.evaluate callbacks run in the browser */
// `npm run bench:markers`: how long the policy editor takes to mark a keystroke. Opens the built app
// (`npm run build` first) in Debian's Chromium via `vite preview`, opens AssumeRole's Policy field as
// Monaco with a valid policy, then 40 times types `t` after s3:GetObject (the engine's lint marks
// s3:GetObjectt) and Backspace (the marker goes). For each key it measures in the page the time from
// the keydown event to the problem list under the editor changing (the engine's verdict is in), and
// to the squiggle appearing or going in the editor's DOM (Monaco drew the marker). Numbers only.
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.mjs'

const PORT = 4198
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
  await page.getByRole('button', { name: /^More parameters/ }).click()
  await page.getByLabel('Policy', { exact: true }).focus()
  const editor = page.getByTestId('policy-editor')
  await editor.locator('.monaco-editor').waitFor()
  await editor.locator('textarea').focus()
  await page.keyboard.insertText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*", "Action": "s3:GetObject"}]}')
  // Catalogue loaded: a wrong action is marked.
  // The caret goes just after s3:GetObject, before its closing quote.
  for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('t')
  await page.getByTestId('policy-problems').locator('li').waitFor()
  await page.keyboard.press('Backspace')
  await page.getByTestId('policy-problems').locator('li').waitFor({ state: 'detached' })
  await page.evaluate(() => {
    const samples = []
    window.__markers = samples
    const list = document.querySelector('[data-testid="policy-problems"]')
    const view = document.querySelector('[data-testid="policy-editor"] .monaco-editor')
    let pending
    document.addEventListener('keydown', () => (pending = { down: performance.now(), squiggle: document.querySelector('.squiggly-warning') !== null }), true)
    const done = () => {
      if (pending?.list !== undefined && pending.drawn !== undefined) {
        samples.push({ list: pending.list - pending.down, drawn: pending.drawn - pending.down })
        pending = undefined
      }
    }
    new MutationObserver(() => {
      if (pending && pending.list === undefined) pending.list = performance.now()
      done()
    }).observe(list, { subtree: true, childList: true, characterData: true })
    new MutationObserver(() => {
      if (pending && pending.drawn === undefined && (document.querySelector('.squiggly-warning') !== null) !== pending.squiggle) pending.drawn = performance.now()
      done()
    }).observe(view, { subtree: true, childList: true, attributes: true })
  })
  const keys = 80
  for (let n = 1; n <= keys; n++) {
    await page.keyboard.press(n % 2 === 1 ? 't' : 'Backspace')
    await page.waitForFunction((count) => window.__markers.length >= count, n, { timeout: 5000 }).catch(() => {})
  }
  const samples = await page.evaluate(() => window.__markers)
  await browser.close()
  const stat = (key) => {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b)
    const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))]
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${values.at(-1).toFixed(1)} ms`
  }
  console.log(`Policy editor, marking s3:GetObjectt and unmarking it (${samples.length} of ${keys} keystrokes measured, headless Chromium):`)
  console.log(`  keydown → engine's problem list updated: ${stat('list')}`)
  console.log(`  keydown → squiggle drawn or removed:     ${stat('drawn')}`)
} finally {
  stop()
}
