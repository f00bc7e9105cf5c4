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

/** AssumeRole's Policy field, opened as Monaco (empty), with the page's problems watched from the start. */
/**
 * Replaces the focused editor's whole text, as a paste would (Monaco closes no brackets). Emptied
 * first: Monaco's text area holds only part of a long line, so an input over a selection of all of
 * it would be read against that part.
 */
async function replaceText(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.insertText(text)
}

async function freshPolicyEditor(page: Page) {
  const problems = await watchPageProblems(page)
  await page.goto('/')
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByRole('button', { name: /^More parameters/ }).click()
  await openPolicyEditor(page)
  return problems
}

test('creating a policy editor produces no page errors', async ({ page }) => {
  const problems = await freshPolicyEditor(page)
  expect(problems.errors).toEqual([])
})

test('a misspelt action gets a marker with the engine lint\'s message, a Principal in a session policy an error, and the fix removes them', async ({ page }) => {
  await freshPolicyEditor(page)
  const editor = page.getByTestId('policy-editor')
  await replaceText(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjectt", "Resource": "*"}]}')
  const problems = page.getByTestId('policy-problems')
  await expect(problems).toContainText('Statement[0].Action: s3:GetObjectt is not an action of Amazon S3')
  await expect(editor.locator('.squiggly-warning')).toHaveCount(1)
  // A session policy has no Principal: the engine's parser says so, as an error.
  await replaceText(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}')
  await expect(problems).toContainText('Statement[0].Principal: Policy document should not specify a principal.')
  await replaceText(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}')
  await expect(problems.locator('li')).toHaveCount(0)
})

test('completion offers s3:GetObject with its access level while "s3:Get is typed', async ({ page }) => {
  await freshPolicyEditor(page)
  // Typed key by key: Monaco closes quotes and brackets itself, and the list opens inside the string.
  await page.keyboard.type('{"Statement": [{"Action": "s3:Get')
  // Each row is named "label, detail, kind": s3:GetObject with its access level.
  await expect(page.getByRole('listbox', { name: 'Suggest' }).getByRole('listitem', { name: /^s3:GetObject, Read,/ })).toBeVisible()
})

test('completion offers the ARN shape of s3:GetObject\'s object resource in the statement\'s Resource', async ({ page }) => {
  await freshPolicyEditor(page)
  await page.keyboard.type('{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn')
  // The row names the resource type and the action that needs it.
  const shape = page.getByRole('listbox', { name: 'Suggest' }).getByRole('listitem', { name: /^arn:aws:s3:::BUCKET_NAME\/OBJECT_NAME, object — s3:GetObject,/ })
  await expect(shape).toBeVisible()
})
