// The Compare view: AWS's comparison table computed by the engine for the current world. The cells
// are read through their test hooks (seconds in data attributes), the workbench's outcome through
// the saved playground state, never through prose.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectSendFocused, openView, seriousAxeViolations } from './helpers.ts'

interface DemoWorld {
  name: string
  roles: { name: string; maxSessionDuration: number }[]
}

const demo = JSON.parse(readFileSync(new URL('../src/engine/world/demo-world.json', import.meta.url), 'utf8')) as DemoWorld
const DEV = 'arn:aws:iam::111111111111:role/Dev'
const STATE_KEY = 'sts-playground/state'
/** Computing the table sends about 170 requests in the worker: generous on a loaded 2-CPU machine. */
const COMPUTE = { timeout: 60_000 }

function lifetimeLine(page: Page, operation: string, line: string) {
  return page.getByTestId('comparison-table').locator(`tr[data-operation="${operation}"] [data-column="lifetime"] [data-line="${line}"]`)
}

async function expectSeconds(page: Page, operation: string, line: string, seconds: { min: number; max: number; default: number }) {
  const item = lifetimeLine(page, operation, line)
  await expect(item).toHaveAttribute('data-min', String(seconds.min), COMPUTE)
  await expect(item).toHaveAttribute('data-max', String(seconds.max), COMPUTE)
  await expect(item).toHaveAttribute('data-default', String(seconds.default), COMPUTE)
}

/** The last exchange of the saved playground: its status and fault code, as the app stored them. */
function lastOutcome(page: Page): Promise<{ count: number; status?: number; fault?: string }> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key)
    if (raw === null) return { count: 0 }
    const history = (JSON.parse(raw) as { state: { history: { result: { response: { status: number }; fault?: { code: string } } }[] } }).state.history
    const last = history.at(-1)
    return { count: history.length, ...(last === undefined ? {} : { status: last.result.response.status, ...(last.result.fault ? { fault: last.result.fault.code } : {}) }) }
  }, STATE_KEY)
}

test('the comparison table shows the engine’s lifetimes, follows the world, and its evidence replays in the workbench', async ({ page }) => {
  await page.goto('/')
  await openView(page, 'Compare')
  await expect(page).toHaveURL(/#\/compare$/)
  await expect(page.getByTestId('comparison-table')).toBeVisible(COMPUTE)

  // GetFederationToken: 15 min | 36 h | 12 h for an IAM user; the root user is held to 1 hour.
  await expectSeconds(page, 'GetFederationToken', 'iam-user', { min: 900, max: 129600, default: 43200 })
  await expectSeconds(page, 'GetFederationToken', 'root', { min: 900, max: 3600, default: 3600 })

  // AssumeRole with the picked role (not the one the engine chose first): its MaxSessionDuration is
  // the maximum; role chaining caps at 1 hour.
  const roleSelect = page.getByLabel('Role for AssumeRole', { exact: true })
  await expect(roleSelect).not.toHaveValue(DEV)
  await roleSelect.selectOption(DEV)
  const dev = demo.roles.find((role) => role.name === 'Dev')!
  await expectSeconds(page, 'AssumeRole', 'standard', { min: 900, max: dev.maxSessionDuration, default: 3600 })
  await expect(lifetimeLine(page, 'AssumeRole', 'role-chaining')).toHaveAttribute('data-max', '3600')
  await expect(page.getByTestId('pick-not-used')).toHaveCount(0)

  // A world in which Dev may last 2 hours: the table is computed again for it, with the same pick.
  const longer = { ...demo, name: 'Longer Dev', roles: demo.roles.map((role) => (role.name === 'Dev' ? { ...role, maxSessionDuration: 7200 } : role)) }
  await page.getByLabel('Import world…').setInputFiles({ name: 'longer-dev.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(longer)) })
  await expect(page.getByText('Longer Dev · runs entirely in this page')).toBeVisible()
  await expectSeconds(page, 'AssumeRole', 'standard', { min: 900, max: 7200, default: 3600 })
  await expect(roleSelect).toHaveValue(DEV)

  // The lifetime cell's evidence: a chained AssumeRole for the 1-hour cap, signed by a role session
  // an earlier experiment issued.
  const evidenceButton = page.locator('tr[data-operation="AssumeRole"] [data-column="lifetime"]').getByRole('button', { name: /^Evidence for AssumeRole, Credential lifetime/ })
  await evidenceButton.press('Enter')
  await expect(evidenceButton).toHaveAttribute('aria-expanded', 'true')
  const evidence = page.getByTestId('comparison-evidence')
  await expect(evidence.getByRole('heading', { name: /Evidence: AssumeRole/ })).toBeFocused()
  const chained = evidence.locator('[data-experiment-id="AssumeRole.role-chaining.duration-3600"]')
  await expect(chained).toHaveAttribute('data-status', '200')
  const refused = evidence.locator('[data-experiment-id="AssumeRole.role-chaining.duration-3601"]')
  await expect(refused).toHaveAttribute('data-status', '400')
  const refusedFault = await refused.getAttribute('data-fault')
  expect(refusedFault).toBeTruthy()

  // Loaded into the workbench, Send gives the experiment's answer again.
  const before = (await lastOutcome(page)).count
  await refused.getByRole('button', { name: 'Load into workbench' }).click()
  await expect(page).toHaveURL(/#\/$/)
  await expectSendFocused(page)
  await expect(page.getByLabel('Operation', { exact: true })).toHaveValue('AssumeRole')
  await expect(page.getByLabel('DurationSeconds', { exact: true })).toHaveValue('3601')
  await page.keyboard.press('Enter')
  await expect.poll(() => lastOutcome(page)).toEqual({ count: before + 1, status: 400, fault: refusedFault })

  // And the 1-hour chained session is issued with the same role-session credentials.
  await openView(page, 'Compare')
  await page.locator('tr[data-operation="AssumeRole"] [data-column="lifetime"]').getByRole('button', { name: /^Evidence for/ }).click()
  await page.getByTestId('comparison-evidence').locator('[data-experiment-id="AssumeRole.role-chaining.duration-3600"]').getByRole('button', { name: 'Load into workbench' }).click()
  await expectSendFocused(page)
  await page.keyboard.press('Enter')
  await expect.poll(() => lastOutcome(page)).toEqual({ count: before + 2, status: 200 })
})

test('the newer operations are listed, and one this world does not offer says why', async ({ page }) => {
  await page.goto('/#/compare')
  const newer = page.getByTestId('newer-operations-table')
  await expect(newer.locator('tr[data-operation="AssumeRoot"]')).toBeVisible(COMPUTE)
  const why = newer.locator('tr[data-operation="AssumeRoot"] [data-column="unavailable"]')
  await expect(why.locator('[data-fault]')).toHaveAttribute('data-fault', 'AccessDenied')
  await why.getByRole('button', { name: /^Evidence for AssumeRoot/ }).click()
  await expect(page.getByTestId('comparison-evidence').locator('[data-experiment-id]')).toHaveAttribute('data-fault', 'AccessDenied')
  expect(await seriousAxeViolations(page, { include: 'main' })).toEqual([])
})
