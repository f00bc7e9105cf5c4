// The hostile-input matrix: every string a user (or a world file, a token, a share link someone sent
// them) controls goes in as markup, script, a javascript: URL and a template expression, through every
// place the UI shows it. Nothing may run, and no element may come out of the text.
//
// Each test runs twice: under the shipped Content-Security-Policy (which would refuse an inline
// handler, so there a CSP violation is the alarm), and with the CSP bypassed, where an injected
// handler would really run and call the detector. Both modes also search the DOM for markup made
// from a payload (event-handler attributes, inline scripts, frames, javascript: URLs).
import { deflateRawSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { ALICE, expectAnswers, expectSendFocused, openView, response, openWorldSection } from './helpers.ts'
import { pageIdle, watchPageProblems } from './page-problems.ts'

/** One string that tries every way in; `where` says which field it went through if it ever runs. */
function payload(where: string): string {
  const call = `__xss('${where}')`
  return (
    `javascript:${call}//"'><img src=x onerror="${call}"><svg onload="${call}"></svg><script>${call}</script>` +
    `<iframe srcdoc="<script>parent.${call}</script>"></iframe><a href="javascript:${call}">link</a>` +
    `{{constructor.constructor('${call}')()}}\${${call}}`
  )
}

interface Alarms {
  /** The payloads that ran (each calls `__xss(where)`), and any alert/confirm/prompt. */
  ran: string[]
  problems: Awaited<ReturnType<typeof watchPageProblems>>
}

async function armAlarms(page: Page): Promise<Alarms> {
  const alarms: Alarms = { ran: [], problems: await watchPageProblems(page) }
  await page.exposeFunction('__xss', (where: string) => alarms.ran.push(where))
  page.on('dialog', (dialog) => {
    alarms.ran.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return alarms
}

/** Markup that could only have come from a payload: none of it is in the app. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase()
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${tag} ${attribute.name}>`)
        if (/^\s*javascript:/i.test(attribute.value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attribute.name)) {
          found.push(`<${tag} ${attribute.name}="javascript:…">`)
        }
      }
      if (tag === 'script' && !element.hasAttribute('src')) found.push('<script> without src')
      if (['iframe', 'frame', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`)
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>')
    }
    return found
  })
}

/** The page as it is now: no markup from a payload. At the end of a test, also nothing ran, refused or threw. */
async function expectInert(page: Page, alarms: Alarms, final = false): Promise<void> {
  expect(await injectedMarkup(page)).toEqual([])
  expect(alarms.ran).toEqual([])
  if (!final) return
  await pageIdle(page)
  expect(alarms.ran).toEqual([])
  expect(alarms.problems.violations).toEqual([])
  expect(alarms.problems.errors).toEqual([])
}

/** Opens each tab of a tab list in turn, so every reading of the content is rendered once. */
async function visitTabs(page: Page, region: ReturnType<Page['getByRole']>, alarms: Alarms): Promise<void> {
  const tabs = region.getByRole('tab')
  const count = await tabs.count()
  for (let index = 0; index < count; index++) {
    await tabs.nth(index).click()
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true')
    await expectInert(page, alarms)
  }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url')

/** A JWT whose every claim (and the header's kid) is hostile; its signature is junk, as a pasted token's may be. */
function hostileJwt(): string {
  const now = Math.floor(Date.now() / 1000)
  const header = { alg: 'RS256', typ: 'JWT', kid: payload('jwt-kid') }
  const claims = {
    iss: payload('jwt-iss'),
    sub: payload('jwt-sub'),
    aud: [payload('jwt-aud')],
    iat: now,
    exp: now + 600,
    email: payload('jwt-email'),
    amr: [payload('jwt-amr')],
    'https://aws.amazon.com/tags': { principal_tags: { [payload('jwt-tag-key')]: [payload('jwt-tag-value')] }, transitive_tag_keys: [payload('jwt-transitive')] },
  }
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.${base64url(payload('jwt-signature'))}`
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A SAML response whose issuer, subject and attributes are hostile (escaped as XML, and once as CDATA). */
function hostileSamlResponse(): string {
  const attribute = (name: string, value: string) =>
    `<saml:Attribute Name="${xmlEscape(name)}"><saml:AttributeValue>${xmlEscape(value)}</saml:AttributeValue></saml:Attribute>`
  const now = new Date()
  const later = new Date(now.getTime() + 300_000)
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="${now.toISOString()}" Destination="${xmlEscape(payload('saml-destination'))}">` +
    `<saml:Issuer>${xmlEscape(payload('saml-response-issuer'))}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion ID="_a1" Version="2.0" IssueInstant="${now.toISOString()}"><saml:Issuer>${xmlEscape(payload('saml-issuer'))}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="${xmlEscape(payload('saml-nameid-format'))}"><![CDATA[${payload('saml-nameid-cdata')}]]></saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${later.toISOString()}" Recipient="${xmlEscape(payload('saml-recipient'))}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${now.toISOString()}" NotOnOrAfter="${later.toISOString()}"><saml:AudienceRestriction><saml:Audience>${xmlEscape(payload('saml-audience'))}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AttributeStatement>` +
    attribute('https://aws.amazon.com/SAML/Attributes/Role', `arn:aws:iam::111111111111:role/SamlDeveloper,${payload('saml-role')}`) +
    attribute('https://aws.amazon.com/SAML/Attributes/RoleSessionName', payload('saml-session-name')) +
    attribute('https://aws.amazon.com/SAML/Attributes/PrincipalTag:team', payload('saml-tag-value')) +
    attribute(payload('saml-attribute-name'), payload('saml-attribute-value')) +
    `</saml:AttributeStatement></saml:Assertion></samlp:Response>`
  )
}

type DemoWorld = {
  name: string
  description: string
  accounts: { alias: string }[]
  users: { name: string; tags: Record<string, string> }[]
  roles: { name: string; tags: Record<string, string>; trustPolicy: { Statement: unknown[] } }[]
  samlProviders: { entityId: string }[]
  oidcProviders: { clientIds: string[] }[]
}
const demo = JSON.parse(readFileSync(new URL('../src/engine/world/demo-world.json', import.meta.url), 'utf8')) as DemoWorld

/**
 * The demo world with hostile text wherever a world file may hold free text (IAM names stay IAM
 * names): its name (with a bidi override) and description, an account alias, tag values, a trust policy's Sid and
 * condition value, a SAML provider's entity id and an OIDC client id. Dev's trust policy allows
 * AssumeRole only with an ExternalId equal to a payload, so a request without one shows that
 * statement, Sid and condition value included, as the denial.
 */
function hostileWorld(): DemoWorld {
  const world = structuredClone(demo)
  // (Bidirectional controls are refused in a world by the engine; ui/safe-text shows any that reach the page.)
  world.name = `Hostile ${payload('world-name')}`
  world.description = payload('world-description')
  world.accounts[0]!.alias = payload('account-alias')
  // (Tag values cannot carry markup: IAM's tag pattern refuses < > " ' and the engine applies it.)
  const dev = world.roles.find((role) => role.name === 'Dev')!
  dev.trustPolicy.Statement = [
    {
      Sid: payload('trust-sid'),
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': payload('condition') } },
    },
  ]
  world.samlProviders[0]!.entityId = payload('saml-entity-id')
  world.oidcProviders[0]!.clientIds.push(payload('oidc-client-id'))
  return world
}

/** A session policy whose Sid and condition value are hostile. */
function hostilePolicy(where: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: payload(`${where}-sid`), Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:RequestTag/x': payload(`${where}-condition`) } } }],
  })
}

for (const mode of ['under the shipped CSP', 'with the CSP bypassed'] as const) {
  test.describe(`hostile input, ${mode}`, () => {
    test.use({ bypassCSP: mode === 'with the CSP bypassed' })
    test.slow() // each test renders every view of its input and sends requests: 30–60 s on a loaded 2-CPU machine

    test('the alarms work: markup made from a payload is found, and its handler runs or is refused', async ({ page }) => {
      const alarms = await armAlarms(page)
      await page.goto('/')
      await expect(page.getByRole('button', { name: 'Send' })).toBeVisible()
      await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), payload('control'))
      expect(await injectedMarkup(page)).toEqual(expect.arrayContaining(['<img onerror>', '<svg onload>', '<iframe>', '<a href="javascript:…">']))
      if (mode === 'with the CSP bypassed') await expect.poll(() => alarms.ran).toContain('control')
      else await expect.poll(() => alarms.problems.violations.join('\n')).toContain('script-src-attr refused inline')
    })

    test('the request form, the wire views, the response, Why and the history', async ({ page }) => {
      const alarms = await armAlarms(page)
      await page.goto('/')
      await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
      await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
      await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
      await page.getByLabel('RoleSessionName', { exact: true }).fill(payload('RoleSessionName'))
      await page.getByRole('button', { name: /^More parameters/ }).click()
      await page.getByLabel('ExternalId', { exact: true }).fill(payload('ExternalId'))
      await page.getByLabel('SourceIdentity', { exact: true }).fill(payload('SourceIdentity'))
      await page.getByRole('button', { name: 'Add tag' }).click()
      await page.locator('#param-Tags-1-Key').fill(payload('tag-key'))
      await page.locator('#param-Tags-1-Value').fill(payload('tag-value'))
      // Into Monaco once it has replaced the plain text area (typing while it loads is another matter).
      await page.getByLabel('Policy', { exact: true }).focus()
      await expect(page.getByTestId('policy-editor').locator('textarea')).toBeFocused()
      await page.keyboard.insertText(hostilePolicy('policy'))
      await expect(page.getByTestId('policy-editor').locator('.view-lines')).toContainText("__xss('policy-condition')")
      await expect(page.getByTestId('encoded-query')).toContainText('policy-sid')
      await expectInert(page, alarms)
      await page.getByRole('button', { name: 'Send' }).click()
      await expect(response(page)).toContainText('<Code>ValidationError</Code>')
      // STS quotes the value in its message, escaped as XML: the markup is text in the XML, and the XML is text in the page.
      await expect(response(page)).toContainText(`'javascript:__xss('RoleSessionName')//"'&gt;&lt;img src=x onerror="__xss('RoleSessionName')"&gt;`)
      await expectInert(page, alarms)
      await visitTabs(page, page.getByRole('region', { name: 'Wire request' }), alarms)

      // Another operation, with its own fields: GetFederationToken's Name and session policy.
      await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'GetFederationToken' })
      await page.getByLabel('Name', { exact: true }).fill(payload('Name'))
      await page.getByRole('button', { name: /^More parameters/ }).click()
      await page.getByLabel('Policy', { exact: true }).focus()
      await expect(page.getByTestId('policy-editor').locator('textarea')).toBeFocused()
      await page.keyboard.insertText(hostilePolicy('federation-policy'))
      await expect(page.getByTestId('encoded-query')).toContainText('federation-policy-sid')
      await page.getByRole('button', { name: 'Send' }).click()
      await expectAnswers(page, 2)
      await expectInert(page, alarms)

      // The history: both entries, compared, and the first restored into the form.
      const history = page.getByRole('list', { name: 'Sent requests' })
      await history.getByRole('checkbox').nth(0).check()
      await history.getByRole('checkbox').nth(1).check()
      await expect(page.locator('#history-comparison-title')).toBeVisible()
      await expectInert(page, alarms)
      await page.getByRole('button', { name: 'Restore request 1 into the form' }).click()
      await expect(page.getByLabel('RoleSessionName', { exact: true })).toHaveValue(payload('RoleSessionName'))
      await expectInert(page, alarms, true)
    })

    test('the simulated identity providers and the Inspector', async ({ page }) => {
      const alarms = await armAlarms(page)
      await page.goto('/#/federation')
      const idp = page.getByRole('region', { name: 'Simulated identity provider' })
      const inspector = page.getByRole('region', { name: 'Inspector' })

      // A signed SAML response made from hostile sign-in fields: read in the Inspector, then sent.
      await idp.getByLabel('NameID (the user at the IdP)').fill(payload('idp-nameid'))
      await idp.getByLabel('RoleSessionName attribute').fill(payload('idp-session-name'))
      await idp.getByLabel('Session tags').fill(`team=${payload('idp-tag')}`)
      await idp.getByLabel('Source identity').fill(payload('idp-source-identity'))
      await idp.getByRole('button', { name: 'Sign in' }).click()
      await idp.getByRole('button', { name: 'Open in Inspector' }).click()
      await expect(inspector.getByRole('status').filter({ hasText: 'SAML response' })).toBeVisible()
      await visitTabs(page, inspector, alarms)
      await idp.getByRole('button', { name: 'Use in AssumeRoleWithSAML' }).click()
      await expectSendFocused(page)
      await page.keyboard.press('Control+Enter')
      await expectAnswers(page, 1)
      await expectInert(page, alarms)

      // A signed ID token with a hostile subject and audience, sent.
      await openView(page, 'Federation')
      await idp.getByLabel('Identity provider').selectOption('arn:aws:iam::111111111111:oidc-provider/oidc.example.com')
      await idp.getByLabel('Subject (sub claim)').fill(payload('idp-sub'))
      await idp.getByLabel('Audience (aud claim)').fill(payload('idp-aud'))
      await idp.getByRole('button', { name: 'Sign in' }).click()
      await idp.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' }).click()
      await expectSendFocused(page)
      await page.keyboard.press('Control+Enter')
      await expectAnswers(page, 2)
      await expectInert(page, alarms)

      // Pasted: a JWT and a SAML response with hostile claims, attributes, issuers and XML.
      await openView(page, 'Federation')
      const input = inspector.getByLabel('Token or SAML response')
      await input.fill(hostileJwt())
      await expect(inspector.getByRole('status').filter({ hasText: 'JWT' })).toBeVisible()
      await expect(inspector).toContainText(payload('jwt-sub'))
      await visitTabs(page, inspector, alarms)
      await input.fill(hostileSamlResponse())
      await expect(inspector.getByRole('status').filter({ hasText: 'SAML response' })).toBeVisible()
      await expect(inspector).toContainText(payload('saml-issuer'))
      await visitTabs(page, inspector, alarms)
      await inspector.getByRole('button', { name: 'Use in request' }).click()
      await expectSendFocused(page)
      await page.keyboard.press('Control+Enter')
      await expectAnswers(page, 3)
      await expectInert(page, alarms, true)
    })

    test('an imported world file', async ({ page }) => {
      const alarms = await armAlarms(page)
      await page.goto('/')
      await page.getByLabel('Import world…').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostileWorld())) })
      await expect(page.getByRole('banner')).toContainText(`Hostile ${payload('world-name')}`)
      await expectInert(page, alarms)

      // Dev's trust policy wants the hostile ExternalId: without it, the denial shows that statement and its value.
      await page.getByLabel('Caller', { exact: true }).selectOption({ label: ALICE })
      await page.getByLabel('Operation', { exact: true }).selectOption({ label: 'AssumeRole' })
      await page.getByLabel('RoleArn', { exact: true }).fill('arn:aws:iam::111111111111:role/Dev')
      await page.getByLabel('RoleSessionName', { exact: true }).fill('hostile-world')
      await page.getByRole('button', { name: 'Send' }).click()
      await expect(response(page)).toContainText('<Code>AccessDenied</Code>')
      await expect(page.getByTestId('denial')).toContainText(payload('condition'))
      await expectInert(page, alarms)

      // The World view lists the world's roles and providers: open the roles, then each provider's form.
      await openWorldSection(page, 'Roles')
      await page.getByTestId('entity-list').locator('button[data-entity-key]').first().click()
      await expect(page.getByTestId('who-can-assume')).toBeVisible()
      await expectInert(page, alarms)
      await openWorldSection(page, 'Identity providers')
      const providers = page.getByRole('region', { name: 'Identity providers in the world' })
      await providers.getByText('arn:aws:iam::111111111111:saml-provider/ExampleIdP', { exact: true }).first().click()
      await expect(providers.getByLabel('Issuer (entity id)')).toHaveValue(payload('saml-entity-id'))
      await expectInert(page, alarms)
      await providers.getByText('arn:aws:iam::111111111111:oidc-provider/oidc.example.com', { exact: true }).first().click()
      const clientIds = providers.getByLabel('Client ids (audiences), one per line')
      await expect(clientIds).toBeVisible()
      expect(await clientIds.inputValue()).toContain(payload('oidc-client-id'))
      await expectInert(page, alarms, true)
    })

    test('a share link', async ({ page }) => {
      const alarms = await armAlarms(page)
      const scenario = {
        world: hostileWorld(),
        draft: {
          callerId: 'AKIARTXV5AHDSAGTTNG7',
          operation: 'AssumeRole',
          fields: {
            AssumeRole: {
              RoleArn: payload('share-RoleArn'),
              RoleSessionName: payload('share-RoleSessionName'),
              ExternalId: payload('share-ExternalId'),
              Tags: JSON.stringify([{ Key: payload('share-tag-key'), Value: payload('share-tag-value') }]),
              Policy: hostilePolicy('share-policy'),
            },
          },
        },
        endpoint: 'global',
        clockOffsetMs: 0,
      }
      await page.goto(`/#share=1.${deflateRawSync(Buffer.from(JSON.stringify(scenario))).toString('base64url')}`)
      await expect(page.getByTestId('scenario-banner')).toBeVisible()
      await expect(page.getByLabel('RoleSessionName', { exact: true })).toHaveValue(payload('share-RoleSessionName'))
      await expect(page.getByRole('banner')).toContainText(payload('world-name'))
      await expectInert(page, alarms)
      await page.getByRole('button', { name: 'Send' }).click()
      await expect(response(page)).toContainText('<Code>ValidationError</Code>')
      await visitTabs(page, page.getByRole('region', { name: 'Wire request' }), alarms)
      await expectInert(page, alarms, true)
    })
  })
}
