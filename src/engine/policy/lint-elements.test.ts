import { describe, expect, it } from 'vitest'
import { lintPolicyElements } from './lint-elements.ts'
import { parsePolicy } from './parse-policy.ts'

function lint(statement: Record<string, unknown>) {
  const parsed = parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', ...statement }] }, 'identity', 'p')
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return lintPolicyElements(parsed.policy)
}

describe(lintPolicyElements, () => {
  it('accepts known operators and well-formed resources', () => {
    const condition = { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'a*' }, Null: { 'aws:MultiFactorAuthAge': 'false' } }
    expect(lint({ Resource: ['*', 'arn:aws:s3:::reports/*'], Condition: condition })).toEqual([])
  })

  it('flags a misspelt operator once, in the engine parser\'s words', () => {
    expect(lint({ Resource: '*', Condition: { StringEqualz: { 'aws:username': 'a', 'aws:userid': 'b' } } })).toEqual([
      { path: 'Statement[0].Condition.StringEqualz', message: 'StringEqualz is not a condition operator: "StringEqualz" is not a base operator' },
    ])
    expect(lint({ Resource: '*', Condition: { stringequals: { 'aws:username': 'a' } } })[0]?.message).toContain('IAM spells it StringEquals')
  })

  it('flags a resource that is not an ARN', () => {
    expect(lint({ Resource: ['*', 'arn:aws:s3::reports'] })).toEqual([
      { path: 'Statement[0].Resource[1]', message: expect.stringContaining('arn:aws:s3::reports is not an ARN') },
    ])
  })
})
