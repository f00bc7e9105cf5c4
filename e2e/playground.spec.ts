import { expect, test } from '@playwright/test'
import { ALICE, assumeRole, expectAnswers, response } from './helpers.ts'

test.describe('the playground loop', () => {
  test('AssumeRole as alice, then chain into another role with "Use as caller"', async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
    await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'first-hop')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/first-hop</Arn>')

    await page.getByRole('button', { name: 'Use as caller' }).click()
    await expect(page.getByLabel('Caller', { exact: true })).toHaveValue(/^ASIA/)
    await expect(page.getByLabel('Caller', { exact: true }).locator('option:checked')).toContainText('assumed-role/Dev/first-hop')

    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Batch')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('second-hop')
    await page.getByRole('button', { name: 'Send' }).click()
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('HTTP/1.1 200 OK')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Batch/second-hop</Arn>')
    // The chained request carried the first session's token.
    await page.getByRole('tab', { name: 'POST' }).click()
    await expect(page.getByRole('tabpanel')).toContainText(/X-Amz-Security-Token: /i)
  })

  test('advancing the clock past expiry gives ExpiredToken', async ({ page }) => {
    await page.goto('/')
    await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'short-lived')
    await expect(response(page)).toContainText('HTTP/1.1 200 OK')
    await page.getByRole('button', { name: 'Use as caller' }).click()

    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'GetCallerIdentity' })
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/short-lived</Arn>')

    await page.getByRole('button', { name: 'Advance the clock 1 h' }).click()
    await expect(page.getByText('1 h ahead of real time')).toBeVisible()
    await expect(page.getByLabel('Caller', { exact: true }).locator('option:checked')).toContainText('expired')
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 3)
    await expect(response(page)).toContainText('HTTP/1.1 403 Forbidden')
    await expect(response(page)).toContainText('<Code>ExpiredToken</Code>')
    await expect(response(page)).toContainText('<Message>The security token included in the request is expired</Message>')
  })

  test('a reload keeps the world, wallet, history and draft', async ({ page }) => {
    await page.goto('/')
    await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'before-reload')
    await expect(response(page)).toContainText('HTTP/1.1 200 OK')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('typed-after')
    await page.getByRole('button', { name: 'Advance the clock 15 min' }).click()

    await page.reload()
    await expect(page.getByLabel('Operation', { exact: true })).toHaveValue('AssumeRole')
    await expect(page.getByLabel('RoleSessionName', { exact: true })).toHaveValue('typed-after')
    await expect(page.getByText('15 min ahead of real time')).toBeVisible()
    await expectAnswers(page, 1)
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/before-reload</Arn>')
    // The wallet survived, and its credentials still work after the reload (the session key was kept).
    await page.getByRole('button', { name: 'Use as caller' }).click()
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'GetCallerIdentity' })
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/before-reload</Arn>')
  })

  test('a share link restores the request and the clock in a fresh browser', async ({ page, browser }) => {
    await page.goto('/')
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('shared-session')
    await page.getByLabel('Endpoint', { exact: true }).selectOption('eu-west-1')
    await page.getByRole('button', { name: 'Advance the clock 12 h' }).click()
    await page.getByRole('button', { name: 'Share link' }).click()
    const link = await page.getByTestId('share-link').inputValue()
    expect(link).toMatch(/#share=1\.[A-Za-z0-9_-]+$/)

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(link)
    await expect(other.getByTestId('scenario-banner')).toBeVisible()
    await expect(other.getByLabel('Operation', { exact: true })).toHaveValue('AssumeRole')
    await expect(other.getByLabel('RoleSessionName', { exact: true })).toHaveValue('shared-session')
    await expect(other.getByLabel('Endpoint', { exact: true })).toHaveValue('eu-west-1')
    await expect(other.getByText('12 h ahead of real time')).toBeVisible()
    await expect(other.getByTestId('encoded-query')).toContainText('RoleSessionName=shared-session')
    expect(other.url()).not.toContain('#share=')
    await other.keyboard.press('Control+Enter')
    await expect(response(other)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/shared-session</Arn>')
    await fresh.close()
  })

  test('corrupt saved state starts on the demo world, says so, and keeps the data downloadable', async ({ page }) => {
    // Seeded before the app's own scripts run, once (the app saves its state again when a page is left).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded') !== null) return
      sessionStorage.setItem('seeded', 'yes')
      localStorage.setItem('sts-playground/state', '{"format":"sts-playground-state","version":1,"state":{"world":42')
    })
    await page.goto('/')
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Download the unreadable data' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('sts-playground-unreadable-state.json')
    // The playground works on the demo world (once the workbench is there: the notice can come first).
    await expect(page.getByRole('region', { name: 'Request', exact: true })).toBeVisible()
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
  })

  test('the simulated authenticator fills an MFA code that the Admin role accepts', async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
    await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Admin')
    await page.getByLabel('RoleSessionName', { exact: true }).fill('with-mfa')
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Code>AccessDenied</Code>')

    const authenticator = page.getByRole('region', { name: 'Simulated authenticator' })
    await expect(authenticator.getByTestId('mfa-code')).toHaveText(/^\d{6}$/)
    await authenticator.getByRole('button', { name: 'Fill SerialNumber and TokenCode' }).click()
    await expect(page.getByLabel('SerialNumber', { exact: true })).toHaveValue('arn:aws:iam::111111111111:mfa/alice')
    await expect(page.getByLabel('TokenCode', { exact: true })).toHaveValue(/^\d{6}$/)
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Admin/with-mfa</Arn>')
  })

  test('the whole loop by keyboard only', async ({ page }) => {
    await page.goto('/')
    const focusOn = async (label: string) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab')
        const name = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el) return ''
          const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined
          return (el.getAttribute('aria-label') ?? byFor ?? el.textContent ?? '').trim()
        })
        // Tab passes through the Policy editor like any field (no trap: indenting with Tab is opt-in).
        if (name === label) return
      }
      throw new Error(`Tab never reached "${label}"`)
    }
    await focusOn('Operation')
    await page.keyboard.type('AssumeRole')
    await expect(page.getByLabel('Operation', { exact: true })).toHaveValue('AssumeRole')
    await focusOn('RoleArn')
    await page.keyboard.type('arn:aws:iam::111111111111:role/Dev')
    await focusOn('RoleSessionName')
    await page.keyboard.type('by-keyboard')
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/by-keyboard</Arn>')
    await focusOn('Use as caller')
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Caller', { exact: true })).toHaveValue(/^ASIA/)
    // The button turns into "Current caller" (disabled): focus goes to the Caller it changed, not to the page.
    await expect(page.getByLabel('Caller', { exact: true })).toBeFocused()
    await focusOn('Operation')
    await page.keyboard.type('GetCallerIdentity')
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/by-keyboard</Arn>')
  })
})
