import AxeBuilder from '@axe-core/playwright'
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

/**
 * Runs axe on the page (or on the part `include` selects) and lists its serious and critical
 * violations, one line each, so that a failing `toEqual([])` says what is wrong.
 *
 * Legacy mode: axe runs with `axe.run` inside the page itself. The default mode runs `runPartial`
 * in every frame and then opens a second, blank page in the same context to `finishRun` there,
 * which costs a page start and a second copy of axe per scan (12–17 s a scan on a loaded 2-core
 * machine). The app has no frames of its own, so legacy mode checks the same thing.
 */
export async function seriousAxeViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true)
  if (options.include !== undefined) builder = builder.include(options.include)
  const results = await builder.analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}

/** Opens a view the way a person does: its link in the Views navigation. */
export async function openView(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: title, exact: true }).click()
}

/** After "Use in AssumeRoleWith…", the workbench is shown with focus on Send. */
export async function expectSendFocused(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused()
}

/** Opens a section of the World view (Roles, Identity providers…) from the view's own navigation. */
export async function openWorldSection(page: Page, title: string): Promise<void> {
  await openView(page, 'World')
  await page.getByRole('navigation', { name: 'World sections' }).getByRole('button', { name: new RegExp(`^${title}`) }).click()
}
