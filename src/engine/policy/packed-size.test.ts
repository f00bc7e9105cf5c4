import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packedPolicyPercent } from './packed-size.ts'
import { parsePolicy } from './parse-policy.ts'
import type { Policy } from './policy-types.ts'

function session(document: unknown): Policy {
  const parsed = parsePolicy(document, 'session', 'session policy')
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.policy
}

// The policy of AWS's own AssumeRole and GetFederationToken examples (sts-examples-1.json).
const EXAMPLE = session({ Version: '2012-10-17', Statement: [{ Sid: 'Stmt1', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] })

const ACTION_HEAVY = session({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'ec2:DescribeInstances', 'ec2:DescribeVolumes', 'ec2:DescribeSnapshots', 'ec2:DescribeImages', 'ec2:DescribeSubnets',
        'ec2:DescribeVpcs', 'ec2:DescribeSecurityGroups', 'ec2:DescribeTags', 'ec2:DescribeRegions', 'ec2:DescribeKeyPairs',
        'ec2:DescribeAddresses', 'ec2:DescribeRouteTables', 'ec2:DescribeNetworkAcls', 'ec2:DescribeInternetGateways',
        'ec2:DescribeNatGateways', 'ec2:DescribeVpcEndpoints', 'ec2:DescribeLaunchTemplates', 'ec2:DescribeAvailabilityZones',
        's3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetBucketPolicy', 's3:GetObjectTagging',
        'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:DescribeTable', 'sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage',
      ],
      Resource: '*',
    },
  ],
})

describe(packedPolicyPercent, () => {
  it("matches AWS's examples: one small statement with three tags is 8% (AssumeRole example)", () => {
    const tags = [{ key: 'Project', value: 'Unicorn' }, { key: 'Team', value: 'Automation' }, { key: 'Cost-Center', value: '12345' }]
    expect(packedPolicyPercent({ policies: [EXAMPLE], policyArns: [], tags })).toBe(8)
  })

  it("matches AWS's examples: the same statement with two tags is 8% (GetFederationToken example)", () => {
    const tags = [{ key: 'Project', value: 'Pegasus' }, { key: 'Cost-Center', value: '98765' }]
    expect(packedPolicyPercent({ policies: [EXAMPLE], policyArns: [], tags })).toBe(8)
  })

  it('lets an action-heavy policy under 2,048 characters pass 100% (fact 87: ~31 actions reported at 118%)', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ACTION_HEAVY.statements[0]?.action?.patterns, Resource: '*' }] })
    expect(text.length).toBeLessThan(2048)
    const percent = packedPolicyPercent({ policies: [ACTION_HEAVY], policyArns: [], tags: [] })
    expect(percent).toBeGreaterThan(100)
    expect(percent).toBeLessThan(140)
  })

  it('counts tags, and only tags: a tag never makes the number smaller (property)', () => {
    const tag = fc.record({ key: fc.string({ minLength: 1, maxLength: 128 }), value: fc.string({ maxLength: 256 }) })
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 50 }), tag, (tags, extra) => {
        const before = packedPolicyPercent({ policies: [EXAMPLE], policyArns: [], tags })
        expect(packedPolicyPercent({ policies: [EXAMPLE], policyArns: [], tags: [...tags, extra] })).toBeGreaterThanOrEqual(before)
      }),
    )
  })

  it('ignores formatting and Sids', () => {
    const pretty = session(JSON.parse(JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AVeryLongStatementIdThatTakesSpace', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] }, null, 8)))
    expect(packedPolicyPercent({ policies: [pretty], policyArns: [], tags: [] })).toBe(packedPolicyPercent({ policies: [EXAMPLE], policyArns: [], tags: [] }))
  })

  it('is small for a small policy', () => {
    expect(packedPolicyPercent({ policies: [EXAMPLE], policyArns: [], tags: [] })).toBeLessThanOrEqual(6)
  })
})
