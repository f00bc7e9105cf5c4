#!/usr/bin/env node
/* global window, document, MutationObserver -- page.evaluate callbacks run in the browser */
// `npm run bench:world`: is the World view quick with a world of 1,000 roles and 5,000 customer
// managed policies (bench/big-world.mjs)? Opens the built app (`npm run build` first) in Debian's
// Chromium via `vite preview`, imports that world as a file, and measures in the page:
//   - opening the Roles and the Policies sections (click → the list's rows drawn);
//   - typing into the search box: each keydown → the list's rows changed (30 keys, typed and erased);
//   - scrolling the policy list: wheel → rows drawn;
//   - picking a role (click → its form drawn) and applying an edit (click → the world saved, which
//     parses the whole world with the engine first).
// Numbers only; nothing is asserted.
import { bigWorld } from './big-world.mjs'
import { latencySummary, withBuiltApp } from './built-app-page.mjs'

const world = bigWorld()
const text = JSON.stringify(world)

await withBuiltApp(4199, async (page) => {
  await page.locator('input[type="file"]').first().setInputFiles({ name: 'big-world.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await page.getByText(world.name).first().waitFor({ timeout: 60_000 })
  await page.goto(page.url().replace(/#.*$/, '') + '#/world')
  await page.getByTestId('world-view').waitFor({ timeout: 60_000 })

  /** ms from a click on `button` to `selector` appearing (or changing, when it is already there). */
  const timed = async (act, selector) => {
    await page.evaluate((sel) => {
      window.__t = { start: 0, end: 0 }
      const observer = new MutationObserver(() => {
        if (window.__t.start > 0 && window.__t.end === 0 && document.querySelector(sel)) {
          window.__t.end = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
      document.addEventListener('pointerdown', () => (window.__t.start = performance.now()), { capture: true, once: true })
    }, selector)
    await act()
    await page.waitForFunction(() => window.__t.end > 0, null, { timeout: 60_000 })
    return page.evaluate(() => window.__t.end - window.__t.start)
  }
  const nav = (title) => page.getByRole('navigation', { name: 'World sections' }).getByRole('button', { name: new RegExp(`^${title}`) })

  const openRoles = []
  const openPolicies = []
  for (let n = 0; n < 5; n++) {
    openPolicies.push({ ms: await timed(() => nav('Policies').click(), '[data-entity-key*=":policy/"]') })
    openRoles.push({ ms: await timed(() => nav('Roles').click(), '[data-entity-key*=":role/"]') })
  }

  // Typing in the search box: keydown → the list's rows change.
  const search = page.getByLabel('Search roles', { exact: true })
  await search.focus()
  await page.evaluate(() => {
    const samples = []
    window.__search = samples
    let down = 0
    document.addEventListener('keydown', () => (down = performance.now()), true)
    new MutationObserver(() => {
      if (down > 0) {
        samples.push({ ms: performance.now() - down })
        down = 0
      }
    }).observe(document.querySelector('[data-testid="entity-list"]'), { subtree: true, childList: true })
  })
  const word = 'service-role-09'
  let expected = 0
  for (const key of [...word, ...Array.from(word, () => 'Backspace')]) {
    await page.keyboard.press(key)
    expected += 1
    await page.waitForFunction((count) => window.__search.length >= count, expected, { timeout: 5000 }).catch(() => {})
  }
  const searchSamples = await page.evaluate(() => window.__search)

  // Picking a role and applying an edit to it.
  const pick = []
  const applied = []
  for (let n = 0; n < 5; n++) {
    const row = page.getByTestId('entity-list').locator('button[data-entity-key]').nth(n + 11)
    pick.push({ ms: await timed(() => row.click(), '[data-testid="entity-form"]') })
    const field = page.getByLabel('Maximum session duration', { exact: true })
    const before = await field.inputValue()
    await field.fill(String(before === '43200' ? 3600 : Number(before) + 3600))
    applied.push({ ms: await timed(() => page.getByTestId('entity-form').getByRole('button', { name: 'Apply', exact: true }).click(), '[data-testid="entity-form"] [role="status"]:not(:empty)') })
    await page.getByText('No changes.').waitFor({ timeout: 60_000 })
  }

  // Scrolling the 5,000-row policy list.
  await nav('Policies').click()
  await page.locator('[data-entity-key*=":policy/"]').first().waitFor()
  const list = page.getByTestId('entity-list')
  await list.hover()
  const scroll = []
  for (let n = 0; n < 20; n++) {
    const started = Date.now()
    const first = await list.locator('button[data-entity-key]').first().getAttribute('data-entity-key')
    await page.mouse.wheel(0, 2000)
    await page.waitForFunction((key) => document.querySelector('[data-testid="entity-list"] button[data-entity-key]')?.getAttribute('data-entity-key') !== key, first, { timeout: 5000 }).catch(() => {})
    scroll.push({ ms: Date.now() - started })
  }

  console.log(`World view with ${world.roles.length.toLocaleString('en-US')} roles and ${world.managedPolicies.length.toLocaleString('en-US')} policies (${(text.length / 1e6).toFixed(1)} MB), headless Chromium:`)
  console.log(`  open Roles (click → rows drawn):        ${latencySummary(openRoles, 'ms')}`)
  console.log(`  open Policies (click → rows drawn):     ${latencySummary(openPolicies, 'ms')}`)
  console.log(`  search keystroke → list updated (${searchSamples.length}):  ${latencySummary(searchSamples, 'ms')}`)
  console.log(`  scroll 2,000 px → new rows (from Node):  ${latencySummary(scroll, 'ms')}`)
  console.log(`  pick a role (click → form drawn):       ${latencySummary(pick, 'ms')}`)
  console.log(`  Apply an edit (click → status shown):   ${latencySummary(applied, 'ms')}`)
})
