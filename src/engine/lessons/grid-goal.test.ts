import { describe, expect, it } from 'vitest'
import { loadIamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import { gridGoalMet } from './grid-goal.ts'
import type { GridGoal } from './lesson-types.ts'

const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'

describe('gridGoalMet: the final decision of the Policies view grid for one action', async () => {
  const deps = { nowMs: T0, sessionKey: new Uint8Array(32).fill(3), catalogue: await loadIamCatalogue() }
  const goal = (over: Partial<GridGoal>): GridGoal => ({ kind: 'grid', text: '', principalArn: READ_ONLY, action: 's3:GetObject', decision: 'allow', ...over })

  it.each([
    ['s3:GetObject is in ReadOnly’s policy and its boundary', goal({ resource: 'arn:aws:s3:::reports/a.csv' }), true],
    ['so it is not denied', goal({ resource: 'arn:aws:s3:::reports/a.csv', decision: 'deny' }), false],
    ['s3:GetBucketPolicy is in the policy (s3:Get*) but not the boundary', goal({ action: 's3:GetBucketPolicy', decision: 'deny' }), true],
    ['alice may s3:PutObject (s3:*, no boundary)', goal({ principalArn: 'arn:aws:iam::111111111111:user/alice', action: 's3:PutObject' }), true],
    ['an unknown principal meets no goal', goal({ principalArn: 'arn:aws:iam::111111111111:role/Nobody', decision: 'deny' }), false],
    ['an unknown action meets no goal', goal({ action: 's3:NoSuchAction', decision: 'deny' }), false],
  ] as const)('%s', (_name, g, met) => {
    expect(gridGoalMet(g, demoWorld, deps)).toBe(met)
  })
})
