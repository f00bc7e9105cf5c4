// Issue [7]: the user's work survives every link, import and second tab. Each flow reads the page the
// way a person does, and the saved playground the way the app does (localStorage).
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { response } from './helpers.ts'

const demo = JSON.parse(readFileSync(new URL('../src/engine/world/demo-world.json', import.meta.url), 'utf8')) as { name: string }
const STATE_KEY = 'sts-playground/state'

function worldLine(page: Page, name: string) {
  return page.getByText(`${name} · runs entirely in this page`)
}

async function importWorld(page: Page, name: string, world: object = { ...demo, name }) {
  await page.getByLabel('Import world…').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(world)) })
}

/** The world name the saved own playground holds. */
function savedWorldName(page: Page): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key)
    return raw === null ? undefined : (JSON.parse(raw) as { state: { world: { name: string } } }).state.world.name
  }, STATE_KEY)
}

async function makeShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click()
  return page.getByTestId('share-link').inputValue()
}

test('a share link opens beside the recipient’s own world, which Back restores and a reload keeps', async ({ page, browser }) => {
  const sharer = await browser.newContext()
  const from = await sharer.newPage()
  await from.goto('/')
  await importWorld(from, 'Sharer world')
  await expect(worldLine(from, 'Sharer world')).toBeVisible()
  await from.getByLabel('Operation', { exact: true }).selectOption({ label: 'GetSessionToken' })
  const link = await makeShareLink(from)
  await sharer.close()

  await page.goto('/')
  await importWorld(page, 'My world')
  await expect(worldLine(page, 'My world')).toBeVisible()
  await expect.poll(() => savedWorldName(page)).toBe('My world')

  await page.goto(link)
  await expect(page.getByTestId('scenario-banner')).toBeVisible()
  await expect(worldLine(page, 'Sharer world')).toBeVisible()
  await expect(page.getByLabel('Operation', { exact: true })).toHaveValue('GetSessionToken')
  expect(await savedWorldName(page)).toBe('My world')

  // A reload of the tab comes back to the scenario; the own playground is still saved as it was.
  await page.reload()
  await expect(page.getByTestId('scenario-banner')).toBeVisible()
  await expect(worldLine(page, 'Sharer world')).toBeVisible()
  expect(await savedWorldName(page)).toBe('My world')

  await page.getByRole('button', { name: 'Back to my playground' }).click()
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
  await expect(worldLine(page, 'My world')).toBeVisible()
  await page.reload()
  await expect(worldLine(page, 'My world')).toBeVisible()
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
})

test('a share link opened in a tab that is already open works there, and Keep makes it the user’s own', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
  await page.getByLabel('RoleSessionName', { exact: true }).fill('from-the-link')
  const link = await makeShareLink(page)
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'GetCallerIdentity' })

  // Only the fragment changes: no reload, the running playground opens it.
  await page.goto(link)
  await expect(page.getByTestId('scenario-banner')).toBeVisible()
  await expect(page.getByLabel('RoleSessionName', { exact: true })).toHaveValue('from-the-link')
  expect(page.url()).not.toContain('#share=')
  await page.getByRole('button', { name: 'Keep this as my playground' }).click()
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
  await page.keyboard.press('Control+Enter')
  await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/from-the-link</Arn>')
  await page.reload()
  await expect(page.getByLabel('RoleSessionName', { exact: true })).toHaveValue('from-the-link')
})

test('a world file over the size limit is refused before it is read, and nothing changes', async ({ page }) => {
  await page.goto('/')
  const huge = Buffer.from(JSON.stringify({ ...demo, name: 'Huge', padding: 'x'.repeat(5 * 1024 * 1024) }))
  await page.getByLabel('Import world…').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge })
  await expect(page.getByRole('alert').filter({ hasText: 'huge.json is not a valid world file' })).toContainText('the file is 5.0 MiB; the playground imports world files up to 4.0 MiB')
  await expect(worldLine(page, demo.name)).toBeVisible()
})

test('a save that fails says so, and a world too large for storage is refused at import', async ({ page }) => {
  await page.goto('/')
  await expect(worldLine(page, demo.name)).toBeVisible()
  // Fill the browser's storage for this site, leaving about 1 KiB.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20)
    let index = 0
    while (chunk.length > 512) {
      try {
        localStorage.setItem(`filler-${index++}`, chunk)
      } catch {
        chunk = chunk.slice(chunk.length / 2)
      }
    }
  })
  await importWorld(page, 'Too big to save')
  await expect(page.getByRole('alert').filter({ hasText: 'Too big to save.json was not imported' })).toContainText("the browser's storage for this site is full")
  await expect(worldLine(page, demo.name)).toBeVisible()

  await page.getByRole('button', { name: 'Advance the clock 1 h' }).click()
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-save', 'failed')
  await expect(page.getByTestId('save-status')).toContainText('Your latest changes are not saved')
  await expect(page.getByText('1 h ahead of real time')).toBeVisible()

  // Room again: the next change is saved and the warning goes.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key)
  })
  await page.getByRole('button', { name: 'Advance the clock 1 h' }).click()
  await expect(page.getByTestId('save-status')).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('2 h ahead of real time')).toBeVisible()
})

test('two tabs: one follows the other’s saves; a save made over an older one stops saving and asks', async ({ page, context }) => {
  await page.goto('/')
  await expect(worldLine(page, demo.name)).toBeVisible()
  const second = await context.newPage()
  await second.goto('/')
  await expect(worldLine(second, demo.name)).toBeVisible()

  // The second tab changed nothing: it follows the first, and the first follows it back.
  await importWorld(page, 'First tab world')
  await expect(worldLine(second, 'First tab world')).toBeVisible()
  await second.getByRole('button', { name: 'Advance the clock 1 h' }).click()
  await expect(page.getByText('1 h ahead of real time')).toBeVisible()

  // A tab that saves on top of an older save than this one (it slept, or its save raced this one's):
  // taking it would lose this tab's work, so this tab stops saving and asks.
  await page.getByRole('button', { name: 'Advance the clock 12 h' }).click()
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key)?.includes('"clockOffsetMs":46800000'), STATE_KEY)).toBe(true)
  await second.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as { state: { world: { name: string }; clockOffsetMs: number } }
    saved.state.world.name = 'Stale tab world'
    saved.state.clockOffsetMs = 0
    localStorage.setItem(key, JSON.stringify({ ...saved, revision: 'stale-tab', base: 'an-older-revision' }))
  }, STATE_KEY)
  const clash = page.getByTestId('save-status')
  await expect(clash).toHaveAttribute('data-save', 'other-tab')
  await expect(page.getByText('13 h ahead of real time')).toBeVisible()
  // Nothing is saved over the other tab while the user has not chosen.
  await page.getByRole('button', { name: 'Advance the clock 1 h' }).click()
  await expect(page.getByText('14 h ahead of real time')).toBeVisible()
  expect(await savedWorldName(page)).toBe('Stale tab world')

  await clash.getByRole('button', { name: "Keep this tab's (replaces the other's)" }).click()
  await expect(page.getByTestId('save-status')).toHaveCount(0)
  await expect.poll(() => savedWorldName(page)).toBe('First tab world')
  await page.reload()
  await expect(page.getByText('14 h ahead of real time')).toBeVisible()
})

test('crafted saved state with an impossible clock and dates opens with a notice, not the error page, and keeps its world', async ({ page }) => {
  await page.addInitScript(
    ([key, world]) => {
      if (sessionStorage.getItem('seeded') !== null) return
      sessionStorage.setItem('seeded', 'yes')
      const state = {
        world,
        sessionKey: 'E'.repeat(43) + '=',
        clockOffsetMs: 1e300,
        endpoint: 'global',
        draft: { callerId: 'AKIARTXV5AHDSAGTTNG7', operation: 'GetCallerIdentity', fields: {} },
        wallet: [],
        history: [],
        nextExchangeId: 1,
      }
      localStorage.setItem(key, JSON.stringify({ format: 'sts-playground-state', version: 1, state }))
    },
    [STATE_KEY, { ...demo, name: 'Crafted but valid world' }] as const,
  )
  await page.goto('/')
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved playground could not be read' })).toContainText('clockOffsetMs: at most 100 years ahead of real time')
  await expect(page.getByText('Its world was kept')).toBeVisible()
  await expect(worldLine(page, 'Crafted but valid world')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'The playground hit an error it could not recover from' })).toHaveCount(0)
  // The workbench is loaded on demand: the shortcut works once it is there and can send (on a loaded machine, after the checks above).
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled()
  await page.keyboard.press('Control+Enter')
  await expect(response(page)).toContainText('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
})
