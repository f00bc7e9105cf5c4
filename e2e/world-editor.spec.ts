import { expect, test } from '@playwright/test'
import { expectSendFocused, openView, openWorldSection, response, seriousAxeViolations } from './helpers.ts'

test.describe('the World view\'s identity providers: OAuth 2.0 providers and Amazon Cognito', () => {
  test('marking www.amazon.com unreachable makes STS answer IDPCommunicationError', async ({ page }) => {
    await page.goto('/')
    await openWorldSection(page, 'Identity providers')
    const editor = page.getByRole('region', { name: 'Identity providers in the world' })
    await editor.locator('summary').filter({ hasText: 'www.amazon.com' }).click()
    const card = editor.getByRole('group', { name: 'OAuth 2.0 provider www.amazon.com' })
    await expect(card.getByText('Federated principal:')).toBeVisible()
    await card.getByLabel('STS cannot reach this provider', { exact: true }).check()
    await card.getByRole('button', { name: 'Apply' }).click()
    await expect(card.getByLabel('STS cannot reach this provider', { exact: true })).toBeChecked()
    await expect(card.getByText('No changes.')).toBeVisible()

    // The Cognito card opens too, and both pass axe with their fields showing.
    await editor.locator('summary').filter({ hasText: 'Amazon Cognito (cognito-identity.amazonaws.com)' }).click()
    await expect(editor.getByLabel('Pool 1 id')).toHaveValue('us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c')
    expect(await seriousAxeViolations(page, { include: 'section[aria-labelledby="providers-title"]' })).toEqual([])

    await openView(page, 'Federation')
    const idp = page.getByRole('region', { name: 'Simulated identity provider' })
    await idp.getByLabel('Identity provider').selectOption('www.amazon.com')
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' }).click()
    await expectSendFocused(page)
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Code>IDPCommunicationError</Code>')
    await expect(response(page)).toContainText('HTTP/1.1 400 Bad Request')
  })
})
