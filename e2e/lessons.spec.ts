// Issue [11]: learning mode. From the first screen to a lesson, its worked answer meeting every goal
// (checked by the engine against what was sent), the progress kept across a reload, and the
// learner's own playground back as it was after leaving the lesson.
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { assumeRole, expectAnswers, seriousAxeViolations } from './helpers.ts'

test('start here → a lesson → its worked answer meets every goal; the progress survives a reload and the own playground comes back', async ({ page }) => {
  await page.goto('/')
  // The learner's own playground has one request of their own.
  await page.getByRole('button', { name: 'Send' }).click()
  await expectAnswers(page, 1)

  const startHere = page.getByTestId('start-here')
  const lessonId = await startHere.getAttribute('data-lesson-id')
  expect(lessonId).toBeTruthy()
  await startHere.click()

  const lessonPage = page.getByTestId('lesson-page')
  await expect(lessonPage).toHaveAttribute('data-lesson-id', lessonId!)
  await expect(page.getByTestId('scenario-banner')).toBeVisible()

  // The first lesson (default lifetimes): one goal reached by hand in the Workbench, the way a
  // learner would, and checked from what the engine answered.
  expect(lessonId).toBe('duration-defaults')
  const goals = page.getByTestId('lesson-goal')
  await expect(goals).toHaveCount(2)
  await page.getByRole('link', { name: 'Try it in the Workbench' }).click()
  await assumeRole(page, 'arn:aws:iam::111111111111:role/Dev', 'learner')
  await expectAnswers(page, 1)
  await page.goBack()
  await expect(goals.nth(0)).toHaveAttribute('data-met', 'true')
  await expect(goals.nth(1)).toHaveAttribute('data-met', 'false')

  const loadAnswer = page.getByRole('button', { name: 'Load the worked answer' })
  await expect(loadAnswer).toBeEnabled()
  await loadAnswer.click()

  await expect(page.locator('[data-testid="lesson-goal"][data-met="false"]')).toHaveCount(0)
  for (const goal of await goals.all()) await expect(goal).toHaveAttribute('data-met', 'true')
  await expect(page.getByTestId('lesson-done')).toBeVisible()
  expect(await seriousAxeViolations(page, { include: '[data-testid="lesson-page"]' })).toEqual([])

  const progress = page.getByTestId('lessons-progress')
  await expect(progress).toHaveAttribute('data-done', '1')
  await page.reload()
  await expect(progress).toHaveAttribute('data-done', '1')
  await page.getByRole('link', { name: 'All lessons' }).click()
  await expect(page.getByTestId('lessons').locator(`[data-testid="lesson"][data-lesson-id="${lessonId}"]`)).toHaveAttribute('data-done', 'true')

  // A challenge, opened by its link: the right answer (read from its data file) scores in its topic,
  // and "Show me" runs the experiment, whose structured answer is the one the challenge states.
  const challenge = JSON.parse(readFileSync(new URL('../src/engine/lessons/catalog/challenges/root-assumes-role.json', import.meta.url), 'utf8')) as { id: string; topic: string; answer: string }
  await page.goto(`/#/lessons?challenge=${challenge.id}`)
  const card = page.locator(`[data-testid="challenge"][data-challenge-id="${challenge.id}"]`)
  await card.locator(`input[type="radio"][value="${challenge.answer}"]`).check()
  await card.getByRole('button', { name: 'Check' }).click()
  await expect(card.getByTestId('challenge-verdict')).toHaveAttribute('data-right', 'true')
  await expect(page.locator(`[data-testid="challenge-topic"][data-topic="${challenge.topic}"] [data-testid="topic-score"]`)).toHaveAttribute('data-right', '1')
  await card.getByTestId('challenge-show-me').click()
  await expect(card.getByTestId('challenge-outcome')).toHaveAttribute('data-expected', 'true')
  expect(await seriousAxeViolations(page, { include: '[data-testid="lessons"]' })).toEqual([])

  // Leaving the lesson: the own playground, with its one request, not the lesson's.
  await page.getByRole('button', { name: 'Back to my playground' }).click()
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Workbench/ }).click()
  await expectAnswers(page, 1)
  await expect(page.getByTestId('start-here')).not.toHaveAttribute('data-lesson-id', lessonId!)
})
