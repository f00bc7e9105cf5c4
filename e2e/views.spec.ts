import { expect, test } from '@playwright/test'
import { openView, response } from './helpers.ts'

test.describe('the app of views', () => {
  test('the Views navigation switches views by hash route, only the current one is mounted, and Back returns', async ({ page }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Views' })
    await expect(nav.getByRole('link', { name: 'Workbench', exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('region', { name: 'Request', exact: true })).toBeVisible()

    await openView(page, 'Federation')
    await expect(page).toHaveURL(/#\/federation$/)
    await expect(nav.getByRole('link', { name: 'Federation', exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('region', { name: 'Simulated identity provider' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Request', exact: true })).toHaveCount(0)

    await page.goBack()
    await expect(page.getByRole('region', { name: 'Request', exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Simulated identity provider' })).toHaveCount(0)
  })

  test('a view is deep-linkable, and a route that is no view says so and links back', async ({ page }) => {
    await page.goto('/#/federation')
    await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible()
    await page.goto('/#/no-such-view')
    await expect(page.getByRole('heading', { name: 'There is no view at #/no-such-view' })).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'Workbench' }).click()
    await expect(page.getByRole('region', { name: 'Request', exact: true })).toBeVisible()
  })

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/')
    // Once the playground has loaded (the loading frame has its own header, replaced then).
    await expect(page.getByRole('region', { name: 'Request', exact: true })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('#main-content')).toBeFocused()
    await expect(page).toHaveURL(/\/(#\/)?$/)
  })

  test('Monaco loads on intent, and Ctrl+Enter sends from inside the policy editor', async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Operation', { exact: true }).selectOption('AssumeRole')
    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('in-editor')
    // The Policy field (an optional parameter) is a plain text area until the user goes to it.
    await page.getByRole('button', { name: /More parameters/ }).click()
    await expect(page.getByLabel('Policy', { exact: true })).toBeVisible()
    await expect(page.getByTestId('policy-editor')).toHaveCount(0)
    await page.getByRole('button', { name: /Insert example/ }).click()
    await expect(page.getByTestId('policy-editor')).toBeVisible()
    await page.getByTestId('policy-editor').click()
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/in-editor</Arn>')
  })

  test('after Send the answer and the check that decided it are on the first screen at 1440×900', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/')
    await page.getByLabel('Operation', { exact: true }).selectOption('AssumeRole')
    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Admin')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('no-mfa')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByTestId('deciding-check')).toBeInViewport()
    // The trust policy's statement and the condition that failed, in the Response card.
    await expect(page.getByTestId('denial')).toContainText('Bool aws:MultiFactorAuthPresent = true')
    await expect(page.getByTestId('denial')).toContainText('the request has no aws:MultiFactorAuthPresent')
    await expect(page.getByRole('region', { name: 'Response' }).getByText('AccessDenied').first()).toBeInViewport()
  })

  test('on a phone, Send brings the answer into view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByTestId('decided-by')).toBeInViewport()
  })
})
