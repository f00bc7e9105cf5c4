#!/usr/bin/env node
/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate and waitForFunction callbacks run in the browser */
// `npm run bench:typing`: how long the wire view takes to show a keystroke. Opens the built app
// (`npm run build` first) in Debian's Chromium via `vite preview`, picks AssumeRole, types 60
// characters into RoleSessionName one key at a time, and measures in the page, for each key, the
// time from the keydown event to the moment the encoded query (data-testid="encoded-query") holds
// the new text, then to the next painted frame. Numbers only; nothing is asserted.
import { latencySummary, withBuiltApp } from './built-app-page.mjs'

await withBuiltApp(4197, async (page) => {
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
  const stat = (key) => latencySummary(samples, key)
  console.log(`Typing into RoleSessionName (${samples.length} keystrokes, headless Chromium):`)
  console.log(`  keydown → encoded query updated: ${stat('update')}`)
  console.log(`  keydown → next frame painted:    ${stat('frame')}`)
})
