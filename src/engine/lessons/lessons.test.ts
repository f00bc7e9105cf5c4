// THE generic test of the lesson and challenge data: every file fits the contract, every lesson's
// worked answer meets every goal and its wrong attempt does not, every challenge's show-me ends as
// it says. Runs over the real catalog (./catalog) and over this folder's fixtures.
import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { createEngine } from '../engine.ts'
import { hostWebCrypto } from '../testing/saml-response.ts'
import type { World } from '../world/world-schema.ts'
import { attemptMatches } from './attempt-match.ts'
import { lessonCatalog, loadCatalog, type LessonCatalog } from './catalog.ts'
import { requestGoalMet } from './goal-check.ts'
import { LESSON_TOPICS, type Challenge, type Goal, type Lesson, type LessonStep, type WorldChange } from './lesson-types.ts'
import { probeGoalMet } from './probe-goal.ts'
import { gridGoalMet } from './grid-goal.ts'
import { loadIamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { runLessonSteps, type StepRun } from './step-runner.ts'
import { lessonWorld } from './world-changes.ts'

const fixtures = loadCatalog(
  import.meta.glob<unknown>('./fixtures/lessons/*.json', { eager: true, import: 'default' }),
  import.meta.glob<unknown>('./fixtures/challenges/*.json', { eager: true, import: 'default' }),
)

/**
 * Lessons open whenever a learner opens them, so they are checked at an instant unlike the test
 * clock of the rest of the engine (2026-01-01): a lesson that wrote a fixed date where it meant
 * "five minutes after opening" fails here (it must say `$now(+300)`).
 */
const OPENED_AT = Date.parse('2029-03-14T15:09:26Z')

function worldOf(...changes: (readonly WorldChange[] | undefined)[]): World {
  const made = lessonWorld(changes.flatMap((list) => list ?? []), { nowMs: OPENED_AT })
  if (!made.ok) throw new Error(`the world does not build:\n${made.problems.join('\n')}`)
  return made.world
}

/** Steps on a fresh engine over `world`, at OPENED_AT on a clock of its own. */
async function runFresh(world: World, steps: readonly LessonStep[]): Promise<StepRun & { nowMs: number }> {
  const deps = fixedDeps(OPENED_AT)
  const engine = createEngine({ world, deps: { ...deps, webCrypto: hostWebCrypto } })
  const run = await runLessonSteps({ engine, world, clock: deps, webCrypto: hostWebCrypto, steps })
  return { ...run, nowMs: deps.now() }
}

/** Each goal met or not, in order, for steps run on a world. */
async function goalsMet(goals: readonly Goal[], world: World, steps: readonly LessonStep[]): Promise<{ met: boolean[]; run: StepRun }> {
  const run = await runFresh(world, steps)
  const probeDeps = { nowMs: run.nowMs, randomBytes: fixedDeps(OPENED_AT, 7).randomBytes, webCrypto: hostWebCrypto }
  const met: boolean[] = []
  for (const goal of goals) {
    if (goal.kind === 'request') met.push(requestGoalMet(goal, run.attempts))
    else if (goal.kind === 'probe') met.push(await probeGoalMet(goal, world, probeDeps))
    else met.push(gridGoalMet(goal, world, { nowMs: run.nowMs, sessionKey: new Uint8Array(32).fill(7), catalogue: await loadIamCatalogue() }))
  }
  return { met, run }
}

function describeRun(run: StepRun): string {
  return run.attempts.map((a, i) => `  ${i + 1}. ${a.callerLabel} ${a.operation} → ${a.result.fault?.code ?? a.result.outcome ?? '?'}${a.result.decidedBy ? ` (${a.result.decidedBy})` : ''}`).join('\n')
}

async function checkLesson(lesson: Lesson) {
  const start = lessonWorld(lesson.world, { nowMs: OPENED_AT })
  expect(start.ok, `lesson world: ${start.ok ? '' : start.problems.join('; ')}`).toBe(true)

  const answer = await goalsMet(lesson.goals, worldOf(lesson.world, lesson.answer.world), [...(lesson.setup ?? []), ...lesson.answer.steps])
  expect(answer.run.problem, 'the answer runs to the end').toBeUndefined()
  lesson.goals.forEach((goal, index) => {
    expect(answer.met[index], `answer meets goal ${index + 1} "${goal.text}"; the answer sent:\n${describeRun(answer.run)}`).toBe(true)
  })

  const wrong = await goalsMet(lesson.goals, worldOf(lesson.world, lesson.wrongAttempt.world), [...(lesson.setup ?? []), ...lesson.wrongAttempt.steps])
  expect(wrong.met.includes(false), `the wrong attempt leaves a goal unmet; it sent:\n${describeRun(wrong.run)}`).toBe(true)
}

async function checkChallenge(challenge: Challenge) {
  expect(challenge.options.map((option) => option.id)).toContain(challenge.answer)
  const run = await runFresh(worldOf(challenge.showMe.world), challenge.showMe.steps)
  expect(run.problem, 'the show-me runs to the end').toBeUndefined()
  const last = run.attempts.at(-1)
  expect(last, 'the show-me sends a request').toBeDefined()
  if (last) expect(attemptMatches(challenge.showMe.expect, last, run.attempts.slice(0, -1)), `the show-me's last attempt matches expect; it sent:\n${describeRun(run)}`).toBe(true)
}

/** The per-item checks of a catalog (a loop, not it.each: an empty catalog must not break collection). */
function catalogChecks(name: string, catalog: LessonCatalog) {
  describe(name, () => {
    it('every data file fits the contract (catalog-schema.ts), ids are file names and unique', () => {
      expect(catalog.problems).toEqual([])
    })
    for (const lesson of catalog.lessons) it(`lesson ${lesson.id}: the answer meets every goal, the wrong attempt does not`, () => checkLesson(lesson))
    for (const challenge of catalog.challenges) it(`challenge ${challenge.id}: the show-me ends as expected`, () => checkChallenge(challenge))
  })
}

catalogChecks('fixtures (src/engine/lessons/fixtures)', fixtures)
catalogChecks('the catalog (src/engine/lessons/catalog)', lessonCatalog)

describe('the catalog is complete', () => {
  // One test for everything content authors still owe, so an empty catalog (before their branches
  // are merged) is one clear failure rather than several.
  it('has at least 24 lessons, 30 challenges, and a lesson for every topic', () => {
    const covered = new Set(lessonCatalog.lessons.map((lesson) => lesson.topic))
    const shortfalls = [
      ...(lessonCatalog.lessons.length < 24 ? [`${lessonCatalog.lessons.length} lessons in src/engine/lessons/catalog/lessons (at least 24 needed)`] : []),
      ...(lessonCatalog.challenges.length < 30 ? [`${lessonCatalog.challenges.length} challenges in src/engine/lessons/catalog/challenges (at least 30 needed)`] : []),
      ...LESSON_TOPICS.filter((topic) => !covered.has(topic)).map((topic) => `no lesson on the topic ${topic}`),
    ]
    expect(shortfalls, lessonCatalog.lessons.length + lessonCatalog.challenges.length === 0 ? 'the catalog is empty (the content branches are not merged yet)' : 'the catalog falls short').toEqual([])
  })
  it('lesson and challenge ids are unique across the catalog, lesson orders too', () => {
    const ids = [...lessonCatalog.lessons, ...lessonCatalog.challenges].map((item) => item.id)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    const orders = lessonCatalog.lessons.map((lesson) => lesson.order)
    expect(orders.filter((order, index) => orders.indexOf(order) !== index), 'lesson orders used twice').toEqual([])
  })
})
