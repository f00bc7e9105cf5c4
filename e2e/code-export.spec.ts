import { expect, test } from '@playwright/test'
import { ALICE, seriousAxeViolations } from './helpers.ts'

// The Code tab of the wire request: the workbench's draft as code to run against serve:sts or AWS.

test('the Code tab writes the AssumeRole draft as an AWS CLI command, and the other forms beside it', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
  await page.getByLabel('RoleSessionName', { exact: true }).fill('alice')
  await page.getByRole('button', { name: /^More parameters/ }).click()
  await page.getByRole('button', { name: 'Add tag' }).click()
  await page.locator('#param-Tags-1-Key').fill('Project')
  await page.locator('#param-Tags-1-Value').fill('Blue')

  const wire = page.getByRole('region', { name: 'Wire request' })
  await wire.getByRole('tab', { name: 'Code' }).click()
  const cli = page.getByTestId('code-cli')
  await expect(cli).toContainText('aws sts assume-role')
  await expect(cli).toContainText('--endpoint-url http://127.0.0.1:8787')
  await expect(cli).toContainText('--role-arn arn:aws:iam::111111111111:role/Dev')
  await expect(cli).toContainText('--role-session-name alice')
  await expect(cli).toContainText('--tags Key=Project,Value=Blue')
  // No secret unless asked for: the keys come from the environment.
  await expect(cli).toContainText('AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY in the environment')
  await expect(cli).not.toContainText('FeuM+j3mdbVzM8vOqKDNixdvMHneD')
  await expect(page.getByTestId('code-python')).toContainText("response = sts.assume_role(")
  await expect(page.getByTestId('code-javascript')).toContainText("new AssumeRoleCommand({")
  await expect(page.getByTestId('code-curl')).toContainText('--aws-sigv4 aws:amz:us-east-1:sts')

  await wire.getByLabel(/Write the caller’s demo keys/).check()
  await expect(cli).toContainText('AWS_SECRET_ACCESS_KEY=FeuM+j3mdbVzM8vOqKDNixdvMHneD/pw6Z3qZjJg')

  await wire.getByRole('radio', { name: /Real AWS/ }).check()
  await expect(cli).toContainText('--endpoint-url https://sts.amazonaws.com')
  await expect(cli).not.toContainText('FeuM+j3mdbVzM8vOqKDNixdvMHneD')
  await expect(wire.getByRole('button', { name: 'Copy AWS CLI code' })).toBeVisible()
})

test('at phone width the Code tab fits the screen, with no serious accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByRole('region', { name: 'Wire request' }).getByRole('tab', { name: 'Code' }).click()
  await expect(page.getByTestId('code-cli')).toContainText('aws sts assume-role')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  expect(await seriousAxeViolations(page, { include: '#wire-view-panel-code' })).toEqual([])
})
