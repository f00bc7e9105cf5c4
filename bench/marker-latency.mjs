#!/usr/bin/env node
/* global window, document, MutationObserver -- page.evaluate callbacks run in the browser */
// `npm run bench:markers`: how long the policy editor takes to mark a keystroke. Opens the built app
// (`npm run build` first) in Debian's Chromium via `vite preview`, opens AssumeRole's Policy field as
// Monaco with a valid policy, then 40 times types `t` after s3:GetObject (the engine's lint marks
// s3:GetObjectt) and Backspace (the marker goes). For each key it measures in the page the time from
// the keydown event to the problem list under the editor changing (the engine's verdict is in), and
// to the squiggle appearing or going in the editor's DOM (Monaco drew the marker). Numbers only.
import { latencySummary, withBuiltApp } from './built-app-page.mjs'

await withBuiltApp(4198, async (page) => {
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
  const stat = (key) => latencySummary(samples, key)
  console.log(`Policy editor, marking s3:GetObjectt and unmarking it (${samples.length} of ${keys} keystrokes measured, headless Chromium):`)
  console.log(`  keydown → engine's problem list updated: ${stat('list')}`)
  console.log(`  keydown → squiggle drawn or removed:     ${stat('drawn')}`)
})
