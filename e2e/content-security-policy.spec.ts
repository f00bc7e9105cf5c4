import { expect, test } from '@playwright/test'
import { ALICE, assumeRole, expectAnswers, expectSendFocused, openView, response } from './helpers.ts'
import { pageIdle, watchPageProblems } from './page-problems.ts'

test.describe('the Content-Security-Policy', () => {
  test('is in the built page, and the preview server sends it with frame-ancestors', async ({ page }) => {
    const answer = await page.goto('/')
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(meta).toContain("script-src 'self';")
    expect(meta).toContain("object-src 'none'")
    expect(meta).not.toMatch(/unsafe-eval|frame-ancestors/)
    expect(answer?.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`)
    // No inline script in the page: only the bundled modules.
    expect(await page.locator('script:not([src])').count()).toBe(0)
  })

  test('the whole app runs under it: no violation and no error through the main flows', async ({ page }) => {
    test.slow() // two views, the engine's worker, Monaco and the simulated IdPs: over 30 s on a loaded 2-CPU machine
    const problems = await watchPageProblems(page)
    await page.goto('/')

    // The workbench: an AssumeRole (the engine's module worker, SigV4 in it) with a session policy typed in Monaco.
    await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
    await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
    await page.getByRole('button', { name: /^More parameters/ }).click()
    await page.getByLabel('Policy', { exact: true }).focus()
    const editor = page.getByTestId('policy-editor')
    await expect(editor.locator('.monaco-editor .view-lines')).toBeVisible()
    // Monaco closes brackets and quotes itself: this becomes {"Statement": {"Effect": "allow"}}.
    await page.keyboard.type('{"Statement": {"Effect": "allow"')
    // Monaco rendered the text (its lines, token colours and theme are style elements the policy allows)…
    await expect(editor.locator('.view-lines')).toContainText('"Effect": "allow"')
    // …and its JSON worker checked it against the IAM schema: a squiggle (a data: image the policy allows).
    await expect(editor.locator('[class*="squiggly-"]').first()).toBeAttached()
    await page.getByRole('button', { name: /Replace with example/ }).click()
    await expect(editor.locator('.view-lines')).toContainText('ReadReportsOnly')
    await expect(page.getByTestId('encoded-query')).toContainText('ReadReportsOnly')
    await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'under-csp')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/under-csp</Arn>')

    // The federation view: a signed SAML response and an ID token, read in the Inspector.
    await openView(page, 'Federation')
    const idp = page.getByRole('region', { name: 'Simulated identity provider' })
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Open in Inspector' }).click()
    const inspector = page.getByRole('region', { name: 'Inspector' })
    await expect(inspector.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true')
    for (const tab of ['Attributes (2 AWS)', 'Signature']) {
      await inspector.getByRole('tab', { name: tab }).click()
      await expect(inspector.getByRole('tabpanel', { name: tab })).toBeVisible()
    }
    await inspector.getByRole('tab', { name: 'Reading view' }).click()
    await expect(inspector.getByTestId('inspector-saml-pretty')).toContainText('<saml:Assertion')
    await idp.getByLabel('Identity provider').selectOption('arn:aws:iam::111111111111:oidc-provider/oidc.example.com')
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Open in Inspector' }).click()
    await inspector.getByRole('tab', { name: 'Header & payload' }).click()
    const payload = inspector.getByLabel('Payload (JSON)')
    await payload.fill((await payload.inputValue()).replace('"sub":', '"edited": true, "sub":'))
    await expect(inspector.getByText('Edited: the signature no longer matches the content')).toBeVisible()
    await inspector.getByRole('button', { name: 'Use in request' }).click()
    await expectSendFocused(page)
    await expect(page.getByLabel('Operation', { exact: true })).toHaveValue('AssumeRoleWithWebIdentity')
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    // (Only the token was filled in, so STS stops at the missing RoleArn: the request still went through the engine.)
    await expect(response(page)).toContainText('HTTP/1.1 400 Bad Request')
    await pageIdle(page)

    expect(problems.violations).toEqual([])
    expect(problems.errors).toEqual([])

    // The watch is live: an inline script put into the page is refused, reported, and does not run.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.body.dataset.inlineRan = "yes"'
      document.body.append(script)
      return document.body.dataset.inlineRan ?? 'no'
    })
    expect(ran).toBe('no')
    await expect.poll(() => problems.violations.join('\n')).toMatch(/^script-src-elem refused inline/)
  })
})
