import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { response } from './helpers.ts'

const demo = JSON.parse(readFileSync(new URL('../src/engine/world/demo-world.json', import.meta.url), 'utf8')) as { name: string; users: unknown[] }

/** The demo world with one more user, carol, who has her own long-term key. */
const withCarol = {
  ...demo,
  name: 'Demo world with carol',
  users: [
    ...demo.users,
    {
      account: '111111111111',
      name: 'carol',
      path: '/',
      userId: 'AIDARTXV5AHDSCAROL7QZ',
      tags: {},
      mfaDevices: [],
      policies: [],
      accessKeys: [{ accessKeyId: 'AKIARTXV5AHDSCAROL22', secretAccessKey: 'c'.repeat(40) }],
    },
  ],
}
const CAROL = 'arn:aws:iam::111111111111:user/carol (AKIARTXV5AHDSCAROL22)'

test('an imported world is used at once, and a share link carries it to a fresh browser', async ({ page, browser }) => {
  await page.goto('/')
  await page.getByLabel('Import world…').setInputFiles({ name: 'carol.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withCarol)) })
  await expect(page.getByText('Imported the world “Demo world with carol”.')).toBeVisible()
  await page.getByLabel('Caller', { exact: true }).selectOption({ label: CAROL })
  await page.keyboard.press('Control+Enter')
  await expect(response(page)).toContainText('<Arn>arn:aws:iam::111111111111:user/carol</Arn>')

  await page.getByRole('button', { name: 'Share link' }).click()
  const link = await page.getByTestId('share-link').inputValue()
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(other.getByText('Demo world with carol · runs entirely in this page')).toBeVisible()
  await expect(other.getByLabel('Caller', { exact: true }).locator('option:checked')).toHaveText(CAROL)
  await other.keyboard.press('Control+Enter')
  await expect(response(other)).toContainText('<Arn>arn:aws:iam::111111111111:user/carol</Arn>')
  await fresh.close()
})

test('a bad world file is refused with its problems and changes nothing', async ({ page }) => {
  await page.goto('/')
  const broken = { ...withCarol, users: [...withCarol.users, { ...(withCarol.users.at(-1) as object), name: 'carol2' }] }
  await page.getByLabel('Import world…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json is not a valid world file; your world is unchanged.' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('access key AKIARTXV5AHDSCAROL22 is already used')
  await page.getByLabel('Import world…').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') })
  await expect(page.getByRole('alert').filter({ hasText: 'not-json.json is not a valid world file' })).toContainText('not valid JSON')
  await expect(page.getByText('Demo world · runs entirely in this page')).toBeVisible()
  await expect(page.getByLabel('Caller', { exact: true }).locator('option', { hasText: 'carol' })).toHaveCount(0)
})
