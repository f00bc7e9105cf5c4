import type { Hashing } from '../auth/hashing.ts'
import type { WebCrypto } from '../deps.ts'
import { createEngine } from '../engine.ts'
import type { World } from '../world/world-schema.ts'
import { attemptMatches } from './attempt-match.ts'
import type { ProbeGoal } from './lesson-types.ts'
import { runLessonSteps, type StepRun } from './step-runner.ts'

/** What a probe needs from the host: the instant to start at and a random source (for the throwaway engine's session key and ids). */
export interface ProbeDeps {
  /** The engine-clock instant the probe starts at (epoch ms); its own clock moves from there, the caller's does not. */
  nowMs: number
  randomBytes(length: number): Uint8Array
  webCrypto?: WebCrypto | undefined
  hashing?: Hashing | undefined
}

export interface ProbeOutcome {
  met: boolean
  /** The probe's own attempts (never part of the learner's history), and why it stopped, if it did. */
  run: StepRun
}

/**
 * Runs a probe goal's steps on a throwaway engine over `world` (the world as the learner changed
 * it) with a session key of its own and its own clock, and checks the last attempt against the
 * goal's match. Nothing is recorded anywhere else. Never throws.
 */
export async function probeGoalRun(goal: ProbeGoal, world: World, deps: ProbeDeps): Promise<ProbeOutcome> {
  let now = deps.nowMs
  const clock = { now: () => now, advance: (ms: number) => void (now += ms) }
  try {
    const engine = createEngine({
      world,
      deps: { now: clock.now, randomBytes: (length) => deps.randomBytes(length), ...(deps.webCrypto ? { webCrypto: deps.webCrypto } : {}), ...(deps.hashing ? { hashing: deps.hashing } : {}) },
    })
    const run = await runLessonSteps({ engine, world, clock, webCrypto: deps.webCrypto, hashing: deps.hashing, steps: goal.steps })
    const last = run.attempts.at(-1)
    const met = run.problem === undefined && last !== undefined && attemptMatches(goal.match, last, run.attempts.slice(0, -1))
    return { met, run }
  } catch (error) {
    return { met: false, run: { attempts: [], saved: {}, problem: error instanceof Error ? error.message : String(error) } }
  }
}

/** Whether a probe goal is met on `world` (see probeGoalRun). */
export async function probeGoalMet(goal: ProbeGoal, world: World, deps: ProbeDeps): Promise<boolean> {
  return (await probeGoalRun(goal, world, deps)).met
}
