import { expect, type Page } from '@playwright/test'

export const ALICE = 'arn:aws:iam::111111111111:user/alice (AKIARTXV5AHDSAGTTNG7)'

/** Fills AssumeRole's two required fields and sends with the keyboard shortcut. */
export async function assumeRole(page: Page, roleArn: string, sessionName: string): Promise<void> {
  await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
  await page.getByLabel('RoleArn', { exact: true }).fill(roleArn)
  await page.getByLabel('RoleSessionName', { exact: true }).fill(sessionName)
  await page.keyboard.press('Control+Enter')
}

export function response(page: Page) {
  return page.getByTestId('xml-response')
}

/** Waits for the answer to the n-th request of this page (history entries are numbered from 1). */
export async function expectAnswers(page: Page, count: number): Promise<void> {
  await expect(page.getByRole('list', { name: 'Sent requests' }).getByRole('listitem')).toHaveCount(count)
}
