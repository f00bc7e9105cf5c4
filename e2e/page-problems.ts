import type { Page } from '@playwright/test'

/**
 * Everything a page reports that a test wants to be empty: uncaught errors, console errors, and
 * Content-Security-Policy violations (the `securitypolicyviolation` events of the document, passed
 * out as they happen, so a reload or a navigation loses none). Call before `page.goto`.
 */
export interface PageProblems {
  readonly errors: string[]
  readonly violations: string[]
}

export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], violations: [] }
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console.error: ${message.text()}`)
  })
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.violations.push(text))
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
    document.addEventListener('securitypolicyviolation', (event) => {
      const sample = event.sample === '' ? '' : ` "${event.sample}"`
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${sample} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  return problems
}

/**
 * Resolves once the page has been idle twice: the editor's deferred work (Monaco instantiates some of
 * each editor's contributions in idle callbacks, queued before this one) has run. A condition, not a delay.
 */
export async function pageIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => requestIdleCallback(() => resolve()))
      }),
  )
}
