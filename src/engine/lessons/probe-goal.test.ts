import { describe, expect, it } from 'vitest'
import { fixedDeps } from '../deps.ts'
import { T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { ProbeGoal } from './lesson-types.ts'
import { probeGoalMet, probeGoalRun } from './probe-goal.ts'
import { lessonWorld } from './world-changes.ts'

const twoHours: ProbeGoal = {
  kind: 'probe',
  text: 'alice can get two-hour Dev credentials',
  steps: [{ as: 'alice', operation: 'AssumeRole', fields: { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'probe', DurationSeconds: '7200' } }],
  match: { outcome: 'success', issued: { lifetimeSeconds: { min: 7200 } } },
}
const deps = () => ({ nowMs: T0, randomBytes: fixedDeps(T0, 3).randomBytes })

describe('probeGoalMet', () => {
  it('checks the last attempt of the steps, run on the world given', async () => {
    expect(await probeGoalMet(twoHours, demoWorld, deps())).toBe(false)
    const raised = lessonWorld([{ merge: 'roles', match: { name: 'Dev' }, value: { maxSessionDuration: 7200 } }])
    if (!raised.ok) throw new Error(raised.problems.join('\n'))
    expect(await probeGoalMet(twoHours, raised.world, deps())).toBe(true)
  })
  it('on its own clock, starting at nowMs: advancing does not move the caller’s', async () => {
    const expired: ProbeGoal = {
      kind: 'probe',
      text: 'expired',
      steps: [{ as: 'alice', operation: 'GetSessionToken', fields: { DurationSeconds: '900' }, save: 's' }, { advanceSeconds: 1000 }, { as: 's', operation: 'GetCallerIdentity' }],
      match: { outcome: 'error', caller: { issuedBy: 'GetSessionToken' } },
    }
    const input = deps()
    const outcome = await probeGoalRun(expired, demoWorld, input)
    expect(outcome.met).toBe(true)
    expect(outcome.run.attempts.at(-1)?.sentAt).toBe(T0 + 1_000_000)
    expect(input.nowMs).toBe(T0)
  })
  it('is not met when the steps stop with a problem', async () => {
    const outcome = await probeGoalRun({ ...twoHours, steps: [{ as: 'alice', operation: 'GetCallerIdentity' }, { as: 'nobody', operation: 'GetCallerIdentity' }], match: {} }, demoWorld, deps())
    expect(outcome.met).toBe(false)
    expect(outcome.run.problem).toMatch(/unknown caller nobody/)
  })
})
