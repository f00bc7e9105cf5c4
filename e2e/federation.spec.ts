import { expect, test } from '@playwright/test'
import { expectAnswers, response } from './helpers.ts'

const OIDC_PROVIDER = 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com'

test.describe('federation with the simulated identity providers', () => {
  test('sign in at the simulated SAML IdP, send AssumeRoleWithSAML, then use the credentials', async ({ page }) => {
    await page.goto('/')
    const idp = page.getByRole('region', { name: 'Simulated identity provider' })
    await expect(idp.getByLabel('Identity provider')).toHaveValue('arn:aws:iam::111111111111:saml-provider/ExampleIdP')
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await expect(idp.getByText(/Signed in\. The IdP handed over a SAML response/)).toBeVisible()
    await idp.getByRole('button', { name: 'Use in AssumeRoleWithSAML' }).click()

    await expect(page.getByLabel('Operation', { exact: true })).toHaveValue('AssumeRoleWithSAML')
    await expect(page.getByLabel('Caller', { exact: true })).toHaveValue('anonymous')
    await expect(page.getByTestId('encoded-query')).toContainText('PrincipalArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Asaml-provider%2FExampleIdP')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(response(page)).toContainText('HTTP/1.1 200 OK')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com</Arn>')
    await expect(response(page)).toContainText('<Issuer>https://idp.example.com/saml</Issuer>')
    await expect(response(page)).toContainText('<SubjectType>persistent</SubjectType>')

    await page.getByRole('button', { name: 'Use as caller' }).click()
    await page.getByLabel('Operation', { exact: true }).selectOption('GetCallerIdentity')
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/SamlDeveloper/alice@example.com</Arn>')
  })

  test('an ID token from the simulated OIDC IdP works, and tampering with it in the Inspector breaks its signature', async ({ page }) => {
    await page.goto('/')
    const idp = page.getByRole('region', { name: 'Simulated identity provider' })
    await idp.getByLabel('Identity provider').selectOption(OIDC_PROVIDER)
    await idp.getByLabel('Subject (sub claim)').fill('user-42')
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' }).click()
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<SubjectFromWebIdentityToken>user-42</SubjectFromWebIdentityToken>')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/WebAppUser/web-session</Arn>')

    await idp.getByRole('button', { name: 'Open in Inspector' }).click()
    const inspector = page.getByRole('region', { name: 'Inspector' })
    await expect(inspector).toContainText('user-42')
    await inspector.getByRole('tab', { name: 'Header & payload' }).click()
    const payload = inspector.getByLabel('Payload (JSON)')
    await payload.fill((await payload.inputValue()).replace('user-42', 'admin'))
    await expect(inspector.getByText('Edited: the signature no longer matches the content')).toBeVisible()
    await inspector.getByRole('button', { name: 'Use in request' }).click()
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('HTTP/1.1 400 Bad Request')
    await expect(response(page)).toContainText('<Code>InvalidIdentityToken</Code>')
  })

  test('marking the OIDC provider\'s keys unreachable in the world editor makes STS refuse its tokens', async ({ page }) => {
    await page.goto('/')
    const editor = page.getByRole('region', { name: 'Identity providers in the world' })
    await editor.getByText('arn:aws:iam::111111111111:oidc-provider/oidc.example.com', { exact: true }).first().click()
    await editor.getByLabel("STS cannot reach this provider's keys").check()
    await editor.getByRole('button', { name: 'Apply' }).click()
    await expect(editor.getByLabel("STS cannot reach this provider's keys")).toBeChecked()

    const idp = page.getByRole('region', { name: 'Simulated identity provider' })
    await idp.getByLabel('Identity provider').selectOption(OIDC_PROVIDER)
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' }).click()
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Code>InvalidIdentityToken</Code>')
    await expect(response(page)).toContainText("Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements")
    // The edited world is saved: after a reload the provider is still unreachable.
    await page.reload()
    await page.getByRole('region', { name: 'Identity providers in the world' }).getByText('arn:aws:iam::111111111111:oidc-provider/oidc.example.com', { exact: true }).first().click()
    await expect(page.getByLabel("STS cannot reach this provider's keys")).toBeChecked()
  })

  test('Login with Amazon (ProviderId) and an Amazon Cognito identity token both reach AssumeRoleWithWebIdentity', async ({ page }) => {
    await page.goto('/')
    const idp = page.getByRole('region', { name: 'Simulated identity provider' })
    await idp.getByLabel('Identity provider').selectOption('www.amazon.com')
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' }).click()
    await expect(page.getByTestId('encoded-query')).toContainText('ProviderId=www.amazon.com')
    await page.keyboard.press('Control+Enter')
    await expect(response(page)).toContainText('<Provider>www.amazon.com</Provider>')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/AmazonLoginUser/web-session</Arn>')

    await idp.getByLabel('Identity provider').selectOption('cognito-identity.amazonaws.com')
    await idp.getByRole('button', { name: 'Sign in' }).click()
    await idp.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' }).click()
    await expect(page.getByTestId('encoded-query')).not.toContainText('ProviderId=')
    await page.keyboard.press('Control+Enter')
    await expectAnswers(page, 2)
    await expect(response(page)).toContainText('<Provider>cognito-identity.amazonaws.com</Provider>')
    await expect(response(page)).toContainText('<Audience>us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c</Audience>')
    await expect(response(page)).toContainText('<Arn>arn:aws:sts::111111111111:assumed-role/CognitoAuthenticated/web-session</Arn>')
  })
})
