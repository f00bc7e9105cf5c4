import { expect, test, type Page } from '@playwright/test'
import { pageIdle, watchPageProblems } from './page-problems.ts'

/** Focuses the Policy field (a plain text area until then), waits for Monaco, and for the idle work after it starts. */
async function openPolicyEditor(page: Page): Promise<void> {
  await page.getByLabel('Policy', { exact: true }).focus()
  await expect(page.getByTestId('policy-editor').locator('.monaco-editor')).toBeVisible()
  await expect(page.getByTestId('policy-editor').locator('textarea')).toBeFocused()
  await pageIdle(page)
}

test('the policy editor throws nothing as it is created, used, switched between operations and removed', async ({ page }) => {
  test.slow() // Monaco is created three times: well over 20 s on a loaded 2-CPU machine
  const problems = await watchPageProblems(page)
  await page.goto('/')
  const operation = page.getByLabel('Operation', { exact: true })
  await operation.selectOption({ label: 'AssumeRole' })
  await page.getByRole('button', { name: /^More parameters/ }).click()

  // The first editor of the page, then typing in it (a JSON worker request, markers, decorations).
  await openPolicyEditor(page)
  await page.keyboard.type('{"Version": "2012-10-17", "Statement": []}')
  await expect(page.getByTestId('encoded-query')).toContainText('Policy=')
  await pageIdle(page)

  // Another operation with a Policy field (its own, empty): the second editor of the page, the one that used to throw.
  await operation.selectOption({ label: 'GetFederationToken' })
  await page.getByRole('button', { name: /^More parameters/ }).click()
  await openPolicyEditor(page)
  await page.keyboard.type('{}')

  // Back to AssumeRole: its Policy kept its text (so More parameters opens by itself) in a new field and editor.
  await operation.selectOption({ label: 'AssumeRole' })
  await expect(page.getByLabel('Policy', { exact: true })).toHaveValue('{"Version": "2012-10-17", "Statement": []}')
  await openPolicyEditor(page)
  // Then to an operation without parameters while the editor is live: the editor goes.
  await operation.selectOption({ label: 'GetCallerIdentity' })
  await expect(page.getByTestId('policy-editor')).toHaveCount(0)
  await pageIdle(page)

  expect(problems.errors).toEqual([])
  expect(problems.violations).toEqual([])
})

test('what is typed into the Policy field while Monaco is still loading is kept, and the editor takes over with the focus', async ({ page }) => {
  // Monaco's chunk is held back until the typing is done, however fast the machine.
  let typed: () => void = () => undefined
  const typingDone = new Promise<void>((resolve) => (typed = resolve))
  await page.route(/monaco-policy-editor-[\w-]+\.js$/, async (route) => {
    await typingDone
    await route.continue()
  })
  await page.goto('/')
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByRole('button', { name: /^More parameters/ }).click()
  const field = page.getByLabel('Policy', { exact: true })
  await field.focus()
  await expect(page.getByText('Loading the policy editor…')).toBeVisible()
  await page.keyboard.type('{"Version": "2012-10-17"')
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('{"Version": "2012-10-17"')
  typed()
  await expect(page.getByTestId('policy-editor').locator('.monaco-editor')).toBeVisible()
  await expect(page.getByTestId('policy-editor').locator('textarea')).toBeFocused()
  await page.keyboard.type(', "Statement": []}')
  await expect(page.getByTestId('encoded-query')).toContainText(`Policy=${encodeURIComponent('{"Version": "2012-10-17", "Statement": []}')}`)
})
