import { describe, expect, it } from 'vitest'
import demoWorldJson from './demo-world.json'
import { parseWorld } from './parse-world.ts'
import { WORLD_LIMITS } from './world-limits.ts'

const demo = () => structuredClone(demoWorldJson) as unknown as Record<string, unknown> & { resources: { s3Buckets: Record<string, unknown>[] } }

/** A world with these buckets (and the demo world's everything else). */
const withBuckets = (buckets: unknown[]) => ({ ...demo(), resources: { s3Buckets: buckets } })

const bucket = (name: string, policy?: unknown) => ({ name, account: '111111111111', ...(policy === undefined ? {} : { policy }) })

describe('the resources section of a world file', () => {
  it('the demo world loads with its bucket reports and its organization', () => {
    const parsed = parseWorld(demo())
    expect(parsed.ok && parsed.world.resources?.s3Buckets?.map((b) => [b.name, b.account])).toEqual([['reports', '111111111111']])
    expect(parsed.ok && parsed.world.organization?.managementAccount).toBe('222222222222')
  })

  it('an older world file, without resources or organization (version 1 as it was), still loads', () => {
    const older: Record<string, unknown> = demo()
    delete older.resources
    delete older.organization
    const parsed = parseWorld(older)
    expect(parsed.ok).toBe(true)
    expect(parsed.ok && parsed.world.resources).toBeUndefined()
  })

  it('a bucket policy is checked as a resource-based policy: a statement without a Principal is refused at its path, and nothing is loaded', () => {
    const input = withBuckets([bucket('reports', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] })])
    const before = JSON.stringify(input)
    const parsed = parseWorld(input)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problems).toEqual([{ path: 'resources.s3Buckets[0].policy.Statement[0]', message: 'needs a Principal: a resource-based policy says who it applies to' }])
    expect(JSON.stringify(input)).toBe(before)
  })

  it('an unknown action and a policy that is not an object are reported where they are', () => {
    const parsed = parseWorld(withBuckets([bucket('a-bucket', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'GetObject', Resource: '*' }] }), bucket('b-bucket', 'not a policy')]))
    expect(!parsed.ok && parsed.problems.map((p) => p.path)).toEqual(['resources.s3Buckets[0].policy.Statement[0].Action', 'resources.s3Buckets[1].policy'])
  })

  it('refuses a bucket name used twice, an object key used twice, an unknown account and a bad bucket name', () => {
    const twice = parseWorld(withBuckets([bucket('logs'), { ...bucket('logs'), account: '222222222222', objects: [{ key: 'a' }, { key: 'a' }] }]))
    expect(!twice.ok && twice.problems.map((p) => p.path)).toEqual(['resources.s3Buckets[1].objects[1].key', 'resources.s3Buckets[1].name'])
    const unknown = parseWorld(withBuckets([{ ...bucket('logs'), account: '999999999999' }]))
    expect(!unknown.ok && unknown.problems).toEqual([{ path: 'resources.s3Buckets[0].account', message: 'account 999999999999 is not in accounts' }])
    const badName = parseWorld(withBuckets([bucket('Logs_Bucket')]))
    expect(!badName.ok && badName.problems.map((p) => p.path)).toEqual(['resources.s3Buckets[0].name'])
  })

  it('is bounded like the rest of the world (WORLD_LIMITS)', () => {
    const many = parseWorld(withBuckets(Array.from({ length: WORLD_LIMITS.s3Buckets + 1 }, (_, i) => bucket(`bucket-${i}`))))
    expect(!many.ok && many.problems).toEqual([{ path: 'resources.s3Buckets', message: `has 1,001 S3 buckets; a world holds at most 1,000` }])
    const statements = Array.from({ length: WORLD_LIMITS.statementsPerPolicy + 1 }, () => ({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }))
    const long = parseWorld(withBuckets([bucket('logs', { Version: '2012-10-17', Statement: statements })]))
    expect(!long.ok && long.problems.map((p) => p.path)).toEqual(['resources.s3Buckets[0].policy.Statement'])
  })

  it('a KMS key needs a key policy with a Principal; queues are unique per account and region', () => {
    const key = { id: '1234abcd-12ab-34cd-56ef-1234567890ab', account: '111111111111', region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] } }
    const queue = { name: 'jobs', account: '111111111111', region: 'us-east-1' }
    const parsed = parseWorld({ ...demo(), resources: { kmsKeys: [key], sqsQueues: [queue, { ...queue, region: 'eu-west-1' }, queue] } })
    expect(!parsed.ok && parsed.problems.map((p) => p.path)).toEqual(['resources.kmsKeys[0].policy.Statement[0]', 'resources.sqsQueues[2].name'])
  })
})
