import { expect, test } from '@playwright/test'
import { ALICE, assumeRole, expectAnswers, response } from './helpers.ts'

test.describe('the request form speaks STS', () => {
  test("a field's hint names the constraint in the words of STS's ValidationError", async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
    const name = page.getByLabel('RoleSessionName', { exact: true })
    await name.fill('bad/name')
    const constraint = 'Member must satisfy regular expression pattern: [\\w+=,.@-]*'
    await expect(page.locator('#param-RoleSessionName-warning')).toContainText(constraint)
    await expect(name).toHaveAttribute('aria-describedby', 'param-RoleSessionName-constraints param-RoleSessionName-warning')
    // Plain words first; the model's pattern waits behind a disclosure.
    await expect(page.locator('#param-RoleSessionName-constraints')).toContainText('2–64 characters: letters, digits and + = , . @ - _')

    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText(constraint)
  })

  test('optional parameters wait under More parameters; RoleArn offers the world’s roles; DurationSeconds shows the chaining cap', async ({ page }) => {
    test.slow() // two requests and a role chain: over 20 s on a 2-CPU machine
    await page.goto('/')
    await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
    const more = page.getByRole('button', { name: /^More parameters \(\d+\)$/ })
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByLabel('DurationSeconds', { exact: true })).toHaveCount(0)
    await expect(page.locator('#param-RoleArn-options option[value="arn:aws:iam::111111111111:role/Batch"]')).toHaveAttribute('label', /^Batch · 111111111111 · max 12 h$/)

    await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'first-hop')
    await expect(response(page)).toContainText('assumed-role/Dev/first-hop')
    await page.getByRole('button', { name: 'Use as caller' }).click()
    await expect(page.getByLabel('Caller', { exact: true })).toHaveValue(/^ASIA/)

    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Batch')
    await more.click()
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    await page.getByLabel('DurationSeconds', { exact: true }).fill('7200')
    await expect(page.locator('#param-DurationSeconds-constraints')).toContainText('This request: 900–3600 seconds')
    await expect(page.getByText(/Role chaining \(a role session assuming a role\) gives at most 3600 s/)).toBeVisible()
    await expect(page.locator('#param-DurationSeconds-warning')).toContainText('maximum of 3600 s')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('second-hop')
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Code>ValidationError</Code>')
  })

  test('the authenticator filling SerialNumber opens More parameters by itself', async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
    await page.getByRole('region', { name: 'Simulated authenticator' }).getByRole('button', { name: 'Fill SerialNumber and TokenCode' }).click()
    await expect(page.getByRole('button', { name: /^More parameters/ })).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByLabel('SerialNumber', { exact: true })).toHaveValue('arn:aws:iam::111111111111:mfa/alice')
  })
})
