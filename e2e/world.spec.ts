import { expect, test, type Page } from '@playwright/test'
import { openView, seriousAxeViolations } from './helpers.ts'
import { pageIdle, watchPageProblems } from './page-problems.ts'

/** Engine answers and Monaco on a loaded 2-CPU machine. */
const SLOW = { timeout: 30_000 }

/** A section of the World view, from its navigation. */
async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'World sections' }).getByRole('button', { name: new RegExp(`^${title}`) }).click()
}

/** Focuses a policy field of the entity form (a plain text area until then), waits for Monaco, and replaces its text as a paste would. */
async function replacePolicy(page: Page, label: string, text: string): Promise<void> {
  const form = page.getByTestId('entity-form')
  await form.getByLabel(label, { exact: true }).focus()
  const editor = form.getByTestId('policy-editor')
  await expect(editor.locator('.monaco-editor')).toBeVisible(SLOW)
  await expect(editor.locator('textarea')).toBeFocused(SLOW)
  await pageIdle(page)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.insertText(text)
}

/** The facts of the workbench's latest answer: HTTP status and fault code. */
function answer(page: Page) {
  return page.getByTestId('answer')
}

/** Sends the workbench's request and waits for its answer (the n-th of the page). */
async function send(page: Page, nth: number): Promise<void> {
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('list', { name: 'Sent requests' }).getByRole('listitem')).toHaveCount(nth, SLOW)
}

const LAB_ROLE = 'arn:aws:iam::111111111111:role/LabRole'
const TRUSTS_ALICE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/alice' }, Action: 'sts:AssumeRole' }],
})

test('a role made in the World view can be assumed at once, and its MaxSessionDuration is the limit AssumeRole keeps', async ({ page }) => {
  test.slow() // Monaco, two views and five engine answers on a loaded machine
  const problems = await watchPageProblems(page)
  await page.goto('/#/world')
  await openSection(page, 'Roles')
  await page.getByRole('button', { name: 'Add role' }).click()
  const form = page.getByTestId('entity-form')
  await expect(form.getByLabel('Role name', { exact: true })).toHaveValue('NewRole')
  await form.getByLabel('Role name', { exact: true }).fill('LabRole')
  await replacePolicy(page, 'Trust policy', TRUSTS_ALICE)
  await form.getByRole('button', { name: 'Apply' }).click()
  await expect(form.getByTestId('entity-arn')).toHaveText(LAB_ROLE)
  await expect(form.getByText('No changes.')).toBeVisible()

  // alice (the workbench's first caller) assumes it: the trust policy names her.
  await openView(page, 'Workbench')
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByLabel('RoleArn', { exact: true }).fill(LAB_ROLE)
  await page.getByLabel('RoleSessionName', { exact: true }).fill('lab')
  await send(page, 1)
  await expect(answer(page)).toHaveAttribute('data-status', '200')

  // Two hours is past the role's maximum of one hour (AWS STS API Reference, AssumeRole: DurationSeconds).
  await page.getByRole('button', { name: /^More parameters/ }).click()
  await page.getByLabel('DurationSeconds', { exact: true }).fill('7200')
  await send(page, 2)
  await expect(answer(page)).toHaveAttribute('data-fault', 'ValidationError')
  await expect(answer(page)).toHaveAttribute('data-status', '400')

  // Raise the role's maximum to two hours in the World view (the role is still picked there); the same request now succeeds.
  await openView(page, 'World')
  await expect(form.getByTestId('entity-arn')).toHaveText(LAB_ROLE)
  await form.getByLabel('Maximum session duration', { exact: true }).fill('7200')
  await form.getByRole('button', { name: 'Apply' }).click()
  await expect(form.getByText('No changes.')).toBeVisible()
  await openView(page, 'Workbench')
  await expect(page.getByLabel('DurationSeconds', { exact: true })).toHaveValue('7200')
  await send(page, 3)
  await expect(answer(page)).toHaveAttribute('data-status', '200')

  // Undo puts the one-hour maximum back, and the request is refused again.
  await openView(page, 'World')
  await page.getByTestId('world-undo').click()
  await expect(form.getByLabel('Maximum session duration', { exact: true })).toHaveValue('3600')
  await openView(page, 'Workbench')
  await send(page, 4)
  await expect(answer(page)).toHaveAttribute('data-fault', 'ValidationError')
  expect(problems.errors).toEqual([])
})

test('an edit that would break the world is refused at its path and changes nothing; a misspelt action gets the engine\'s marker', async ({ page }) => {
  test.slow()
  await page.goto('/#/world')
  await openSection(page, 'Roles')
  await page.getByTestId('entity-list').locator('[data-entity-key="arn:aws:iam::111111111111:role/Dev"]').click()
  const form = page.getByTestId('entity-form')
  await form.getByLabel('Maximum session duration', { exact: true }).fill('50000')
  await form.getByRole('button', { name: 'Apply' }).click()
  await expect(page.locator('#world-role-problems')).toContainText('roles[0].maxSessionDuration')
  await expect(form.getByLabel('Maximum session duration', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('world-undo')).toBeDisabled()
  await form.getByRole('button', { name: 'Discard' }).click()
  await expect(form.getByLabel('Maximum session duration', { exact: true })).toHaveValue('3600')

  await form.getByRole('button', { name: 'Add inline policy' }).click()
  await replacePolicy(page, 'Inline policy InlinePolicy', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjectt", "Resource": "*"}]}')
  await expect(form.getByTestId('policy-problems')).toContainText('s3:GetObjectt is not an action of Amazon S3', SLOW)
  expect(await seriousAxeViolations(page, { include: '[data-testid="world-view"]' })).toEqual([])
})

test('"Who can assume this role?" follows the trust policy as it is typed, before Apply', async ({ page }) => {
  test.slow()
  await page.goto('/#/world')
  await openSection(page, 'Roles')
  await page.getByTestId('entity-list').locator('[data-entity-key="arn:aws:iam::111111111111:role/Dev"]').click()
  const panel = page.getByTestId('who-can-assume')
  const alice = panel.locator('li[data-principal="arn:aws:iam::111111111111:user/alice"]')
  const bob = panel.locator('li[data-principal="arn:aws:iam::111111111111:user/division/bob"]')
  // Dev trusts its account: alice's policies allow sts:AssumeRole, bob's do not.
  await expect(alice).toHaveAttribute('data-verdict', 'allowed')
  await expect(bob).toHaveAttribute('data-verdict', 'denied')
  // Naming bob in the trust policy lets him in without an identity policy (same account); alice is no longer trusted.
  await replacePolicy(page, 'Trust policy', TRUSTS_ALICE.replace('user/alice', 'user/division/bob'))
  await expect(bob).toHaveAttribute('data-verdict', 'allowed', SLOW)
  await expect(alice).toHaveAttribute('data-verdict', 'denied')
  await expect(page.getByTestId('world-undo')).toBeDisabled()
})

test('a bucket added in the Resources section opens ready to edit; a bad name is marked and a good one applied', async ({ page }) => {
  await page.goto('/#/world')
  await openSection(page, 'Resources')
  const editor = page.getByTestId('resource-editor')
  const before = await editor.getByTestId('bucket-card').count()
  await editor.getByRole('button', { name: 'Add bucket' }).click()
  const cards = editor.getByTestId('bucket-card')
  await expect(cards).toHaveCount(before + 1)
  const card = cards.last()
  const name = card.getByLabel('Name', { exact: true })
  await name.fill('Not_A_Bucket')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(card.getByRole('button', { name: 'Apply' })).toBeDisabled()
  await name.fill('lab-bucket-1')
  await expect(name).toHaveAttribute('aria-invalid', 'false')
  await card.getByRole('button', { name: 'Apply' }).click()
  await expect(card.locator('summary')).toContainText('lab-bucket-1')
  await expect(page.getByTestId('world-undo')).toContainText('Undo: Edit resources')
})
