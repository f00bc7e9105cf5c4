import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/world-model.ts'
import { findSubjectOption, inlineBoundaryText, subjectGroups, subjectValue } from './subject-options.ts'

describe('the subjects of the Policies view', () => {
  it('offers the long-term keys and the world’s roles and users as drafts, and finds them by value', () => {
    const groups = subjectGroups(demoWorld, [])
    expect(groups.map((group) => group.label)).toEqual(['Long-term keys', 'Drafts: a role session or a user, with a session policy not yet sent'])
    const draft = { kind: 'draft' as const, principalArn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly' }
    expect(findSubjectOption(groups, subjectValue(draft))?.subject).toEqual(draft)
  })

  it('finds the inline boundary of a role behind its session ARN', () => {
    expect(inlineBoundaryText(demoWorld, 'arn:aws:sts::111111111111:assumed-role/ReadOnly/grid')).toContain('"s3:GetObject"')
    expect(inlineBoundaryText(demoWorld, 'arn:aws:sts::111111111111:assumed-role/NoSuchRole/grid')).toBe('')
  })
})
