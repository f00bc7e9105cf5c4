import { expect, test } from '@playwright/test'
import { assumeRole, response, seriousAxeViolations } from './helpers.ts'

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of [[1440, 1000], [420, 900]] as const) {
    test(`axe finds no serious or critical violations: ${theme} theme, ${width} px wide, after a success and an error`, async ({ page }) => {
      await page.addInitScript((choice) => localStorage.setItem('sts-playground/theme', choice), theme)
      await page.setViewportSize({ width, height })
      await page.goto('/')
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/)
      expect(await seriousAxeViolations(page)).toEqual([])

      await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'axe')
      await expect(response(page)).toContainText('HTTP/1.1 200 OK')
      expect(await seriousAxeViolations(page)).toEqual([])

      await page.getByLabel('RoleSessionName', { exact: true }).fill('bad/name')
      await page.keyboard.press('Control+Enter')
      await expect(response(page)).toContainText('ValidationError')
      expect(await seriousAxeViolations(page)).toEqual([])
    })
  }
}
