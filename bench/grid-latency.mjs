#!/usr/bin/env node
/* global window, document, MutationObserver -- page.evaluate callbacks run in the browser */
// `npm run bench:grid`: how long the Policies view takes to redraw its layer grid after a keystroke
// in the what-if session policy. Opens the built app (`npm run build` first) in Debian's Chromium
// via `vite preview`, opens #/policies for alice (the default subject: the grid of the four example
// actions), starts "Edit the session policy" with a policy allowing s3:GetObject, then 40 times types
// `t` after s3:GetObject (the session layer no longer allows it, so its final verdict turns) and
// Backspace (it turns back). For each key it measures in the page the time from the keydown event to
// s3:GetObject's final cell changing its data-verdict (the engine answered in its worker and React
// drew the row). Numbers only.
import { latencySummary, withBuiltApp } from './built-app-page.mjs'

await withBuiltApp(4197, async (page) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/policies')
  const grid = page.getByTestId('intersection-grid')
  await grid.waitFor({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Edit the session policy' }).click()
  await page.getByLabel('Session policy (what-if)', { exact: true }).focus()
  const editor = page.getByTestId('policy-editor')
  await editor.locator('.monaco-editor').waitFor({ timeout: 60_000 })
  await editor.locator('textarea').focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.insertText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*", "Action": "s3:GetObject"}]}')
  const final = grid.locator('tr[data-action="s3:GetObject"] [data-layer="final"]')
  await final.and(page.locator('[data-verdict="allow"]')).waitFor({ timeout: 60_000 })
  // The caret goes just after s3:GetObject, before its closing quote.
  for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowLeft')
  await page.evaluate(() => {
    const samples = []
    window.__grid = samples
    let down = 0
    let before = ''
    const cell = () => document.querySelector('[data-testid="intersection-grid"] tr[data-action="s3:GetObject"] [data-layer="final"]')?.getAttribute('data-verdict') ?? ''
    document.addEventListener('keydown', () => ((down = performance.now()), (before = cell())), true)
    new MutationObserver(() => {
      if (down > 0 && cell() !== before) {
        samples.push({ ms: performance.now() - down })
        down = 0
      }
    }).observe(document.querySelector('[data-testid="intersection-grid"]'), { subtree: true, attributes: true, childList: true })
  })
  const keys = 40
  for (let n = 1; n <= keys; n++) {
    await page.keyboard.press(n % 2 === 1 ? 't' : 'Backspace')
    await page.waitForFunction((count) => window.__grid.length >= count, n, { timeout: 10_000 }).catch(() => {})
  }
  const samples = await page.evaluate(() => window.__grid)
  console.log(`Policies view, what-if session policy: s3:GetObject allowed, then s3:GetObjectt (${samples.length} of ${keys} keystrokes measured, headless Chromium):`)
  console.log(`  keydown → the grid's final verdict redrawn: ${latencySummary(samples, 'ms')}`)
})
