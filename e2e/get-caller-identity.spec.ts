import { expect, test, type Page } from '@playwright/test'

const ALICE = 'arn:aws:iam::111111111111:user/alice (AKIARTXV5AHDSAGTTNG7)'
const BOB = 'arn:aws:iam::111111111111:user/division/bob (AKIARTXV5AHDT2GAJTRC)'
const ROOT_OF_WORKLOAD = 'arn:aws:iam::111111111111:root (AKIARTXV5AHD7SCFG2GS)'

async function choose(page: Page, caller: string, operation: string): Promise<void> {
  await page.goto('/')
  await page.getByLabel('Caller', { exact: true }).selectOption({ label: caller })
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: operation })
}

test.describe('GetCallerIdentity', () => {
  test('alice presses Send and sees who she is', async ({ page }) => {
    await choose(page, ALICE, 'GetCallerIdentity')
    await expect(page.getByText('GetCallerIdentity takes no parameters.')).toBeVisible()
    await expect(page.getByTestId('encoded-query')).toContainText('Action=GetCallerIdentity&Version=2011-06-15')
    await expect(page.getByText('Press Send (Ctrl+Enter) to call STS.')).toBeVisible()

    await page.getByRole('button', { name: 'Send' }).click()

    const response = page.getByTestId('xml-response')
    await expect(response).toContainText('HTTP/1.1 200 OK')
    await expect(response).toContainText('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
    await expect(response).toContainText('<UserId>AIDARTXV5AHDSALICE7QZ</UserId>')
    await expect(page.getByRole('list', { name: 'Checks' }).getByRole('listitem').first()).toBeVisible()
  })

  test('bob sends with Ctrl+Enter and his path is part of his ARN', async ({ page }) => {
    await choose(page, BOB, 'GetCallerIdentity')
    await page.keyboard.press('Control+Enter')
    const response = page.getByTestId('xml-response')
    await expect(response).toContainText('HTTP/1.1 200 OK')
    await expect(response).toContainText('<Arn>arn:aws:iam::111111111111:user/division/bob</Arn>')
  })

  test("the workload account's root user gets the account id as its UserId", async ({ page }) => {
    await choose(page, ROOT_OF_WORKLOAD, 'GetCallerIdentity')
    await page.getByRole('button', { name: 'Send' }).click()
    const response = page.getByTestId('xml-response')
    await expect(response).toContainText('<Arn>arn:aws:iam::111111111111:root</Arn>')
    await expect(response).toContainText('<UserId>111111111111</UserId>')
  })
})

test('choosing AssumeRole shows its parameters, labelled by their STS names', async ({ page }) => {
  await choose(page, ALICE, 'AssumeRole')
  await expect(page.getByLabel('RoleArn', { exact: true })).toBeVisible()
  await expect(page.getByLabel('RoleSessionName', { exact: true })).toBeVisible()

  await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
  await page.getByLabel('RoleSessionName', { exact: true }).fill('demo')
  await expect(page.getByTestId('encoded-query')).toContainText(
    'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=demo',
  )

  await page.getByRole('button', { name: 'Send' }).click()
  const response = page.getByTestId('xml-response')
  await expect(response).toContainText('HTTP/1.1 200 OK')
  await expect(response).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/demo</Arn>')
  await expect(response).toContainText(/<AccessKeyId>ASIA[A-Z2-7]{16}<\/AccessKeyId>/)
})

test('RoleSessionName bad/name shows AWS\'s ValidationError XML', async ({ page }) => {
  await choose(page, ALICE, 'AssumeRole')
  await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
  await page.getByLabel('RoleSessionName', { exact: true }).fill('bad/name')
  await page.keyboard.press('Control+Enter')
  const response = page.getByTestId('xml-response')
  await expect(response).toContainText('HTTP/1.1 400 Bad Request')
  await expect(response).toContainText('<Code>ValidationError</Code>')
  await expect(response).toContainText(
    "1 validation error detected: Value 'bad/name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
  )
})
