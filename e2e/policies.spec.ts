import { expect, test, type Page } from '@playwright/test'
import { assumeRole, seriousAxeViolations } from './helpers.ts'

const SESSION_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetBucketPolicy', 's3:PutObject'], Resource: '*' }],
})

/** Sets the AssumeRole Policy field, which is Monaco once focused (as in policy-editor.spec.ts). */
async function setSessionPolicy(page: Page, text: string): Promise<void> {
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByRole('button', { name: /^More parameters/ }).click()
  await page.getByLabel('Policy', { exact: true }).focus()
  await expect(page.getByTestId('policy-editor').locator('.monaco-editor')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('policy-editor').locator('textarea')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.insertText(text)
  await expect(page.getByTestId('encoded-query')).toContainText('Policy=')
}

function cell(page: Page, action: string, layer: string) {
  return page.getByTestId('intersection-grid').locator(`tr[data-action="${action}"] td[data-layer="${layer}"]`)
}

test('the layer grid of a role session with a session policy, and a what-if without its boundary', async ({ page }) => {
  test.slow() // Monaco, a request, then the grid computed in the engine's worker on a loaded machine
  await page.goto('/')
  await setSessionPolicy(page, SESSION_POLICY)
  await assumeRole(page, 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly', 'grid')
  await expect(page.getByTestId('answer')).toHaveAttribute('data-status', '200', { timeout: 30_000 })

  await page.getByRole('button', { name: 'What can these credentials do?' }).click()
  await expect(page).toHaveURL(/#\/policies$/)
  const grid = page.getByTestId('intersection-grid')
  await expect(grid).toBeVisible({ timeout: 30_000 })
  await expect(grid).toHaveAttribute('data-hypothetical', 'false')

  await expect(cell(page, 's3:GetObject', 'final')).toHaveAttribute('data-verdict', 'allow')
  await expect(cell(page, 's3:GetBucketPolicy', 'boundary')).toHaveAttribute('data-verdict', 'implicit-deny')
  await expect(cell(page, 's3:GetBucketPolicy', 'final')).toHaveAttribute('data-verdict', 'implicit-deny')
  await expect(cell(page, 's3:PutObject', 'identity')).toHaveAttribute('data-verdict', 'implicit-deny')
  await expect(cell(page, 's3:ListBucket', 'session')).toHaveAttribute('data-verdict', 'implicit-deny')

  // A cell opens the statement-level trace of its row.
  await cell(page, 's3:GetBucketPolicy', 'boundary').getByRole('button').click()
  await expect(page.getByTestId('grid-trace')).toContainText('s3:GetBucketPolicy', { timeout: 30_000 })

  // What-if: the boundary off. The grid changes and says it is hypothetical.
  await page.getByRole('checkbox', { name: 'Permissions boundary off' }).check()
  await expect(grid).toHaveAttribute('data-hypothetical', 'true', { timeout: 30_000 })
  await expect(cell(page, 's3:GetBucketPolicy', 'final')).toHaveAttribute('data-verdict', 'allow')
  await expect(page.getByTestId('hypothetical-mark')).toBeVisible()
})

test('"What can this caller do?" by the caller picker opens the grid for that caller', async ({ page }) => {
  await page.goto('/')
  // The root user's key: not the subject the view would open on by itself.
  const caller = page.getByLabel('Caller', { exact: true })
  const rootKey = await caller.locator('option', { hasText: ':root' }).first().getAttribute('value')
  expect(rootKey).not.toBeNull()
  await caller.selectOption(rootKey ?? '')
  await page.getByRole('button', { name: 'What can this caller do?' }).click()
  await expect(page).toHaveURL(/#\/policies$/)
  await expect(page.getByTestId('intersection-grid')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByLabel('Whose permissions')).toHaveValue(`key:${rootKey ?? ''}`)
  await expect(page.getByTestId('intersection-grid').locator('td[data-layer="final"]').first()).toHaveAttribute('data-verdict', /.+/)
})

test('the Policies view has no serious accessibility violations', async ({ page }) => {
  test.slow()
  await page.goto('/#/policies')
  await expect(page.getByTestId('intersection-grid')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('intersection-overview')).toBeVisible({ timeout: 60_000 })
  expect(await seriousAxeViolations(page)).toEqual([])
})
