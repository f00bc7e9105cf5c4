import { beforeAll, describe, expect, it } from 'vitest'
import { loadIamCatalogue, type IamCatalogue } from './catalogue/iam-catalogue.ts'
import { lintPolicyActions } from './lint-actions.ts'
import { parsePolicy } from './parse-policy.ts'

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

function lint(statements: unknown[]) {
  const parsed = parsePolicy({ Version: '2012-10-17', Statement: statements }, 'identity', 'p')
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return lintPolicyActions(parsed.policy, catalogue)
}

describe(lintPolicyActions, () => {
  it('accepts real actions and wildcards that match something', () => {
    expect(lint([{ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:Describe*', 'sts:TagSession', '*'], Resource: '*' }])).toEqual([])
  })

  it.each([
    [['s3:GetObjekt'], 'Statement[0].Action', 's3:GetObjekt is not an action of Amazon S3'],
    [['s3:GetObject', 'ec2:Descibe*'], 'Statement[0].Action[1]', 'ec2:Descibe* matches no action of Amazon EC2'],
    [['s4:GetObject'], 'Statement[0].Action', 's4 is not an AWS service prefix, so s4:GetObject matches nothing'],
  ])('flags %j at %s', (actions, path, message) => {
    expect(lint([{ Effect: 'Allow', Action: actions, Resource: '*' }])).toEqual([{ path, message }])
  })
})
