import { parsePolicy } from '../policy/parse-policy.ts'
import { WORLD_LIMITS } from './world-limits.ts'
import type { WorldProblem } from './world-problem.ts'
import type { World } from './world-schema.ts'

const count = (n: number) => n.toLocaleString('en-US')

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const itemsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/**
 * The `resources` section's lists longer than WORLD_LIMITS allows, each at its path, found before
 * the schema is checked (like worldCountProblems). `input` is the file's JSON, not yet checked.
 */
export function resourceCountProblems(input: unknown): WorldProblem[] {
  const problems: WorldProblem[] = []
  const limit = (value: unknown, path: string, max: number, what: string) => {
    if (Array.isArray(value) && value.length > max) problems.push({ path, message: `has ${count(value.length)} ${what}; a world holds at most ${count(max)}` })
  }
  const resources = isRecord(input) ? input.resources : undefined
  if (!isRecord(resources)) return problems
  const sections = [
    ['s3Buckets', WORLD_LIMITS.s3Buckets, 'S3 buckets'],
    ['kmsKeys', WORLD_LIMITS.kmsKeys, 'KMS keys'],
    ['sqsQueues', WORLD_LIMITS.sqsQueues, 'SQS queues'],
  ] as const
  for (const [section, max, what] of sections) {
    limit(resources[section], `resources.${section}`, max, what)
    itemsOf(resources[section])
      .slice(0, max)
      .forEach((item, i) => {
        if (!isRecord(item)) return
        const at = `resources.${section}[${i}]`
        if (isRecord(item.policy)) limit(item.policy.Statement, `${at}.policy.Statement`, WORLD_LIMITS.statementsPerPolicy, 'statements')
        if (section === 's3Buckets') limit(item.objects, `${at}.objects`, WORLD_LIMITS.objectsPerBucket, 'objects')
      })
  }
  return problems
}

/** Problems of one resource policy document, at their paths under `at` (e.g. `resources.s3Buckets[0].policy.Statement[1].Principal`). */
function policyProblems(document: unknown, at: string, name: string): WorldProblem[] {
  const parsed = parsePolicy(document, 'resource', name)
  if (parsed.ok) return []
  return parsed.problems.map((p) => ({ path: p.path === '(document)' ? at : `${at}.${p.path}`, message: p.message }))
}

/** Refuses a second item with the same key (`what` names the first one's path). */
function duplicates<T>(items: readonly T[], keyOf: (item: T) => string, path: (index: number) => string, what: (item: T) => string): WorldProblem[] {
  const seen = new Map<string, number>()
  const problems: WorldProblem[] = []
  items.forEach((item, index) => {
    const key = keyOf(item)
    const earlier = seen.get(key)
    if (earlier === undefined) seen.set(key, index)
    else problems.push({ path: path(index), message: `${what(item)} is already described at ${path(earlier)}` })
  })
  return problems
}

/**
 * What the schema cannot see in the `resources` section: each resource's account exists; no
 * resource is described twice (a bucket name is unique in its partition, "Bucket names must be
 * unique across all AWS accounts in all the AWS Regions within a partition", Amazon S3 User Guide,
 * "General purpose bucket naming rules"; a key's id and a queue's name within its account and
 * region; an object key within its bucket); and every policy is a valid resource-based policy:
 * the engine's policy parser, as for a resource policy, so each statement must name a Principal
 * (IAM User Guide, "IAM JSON policy elements: Principal").
 */
export function resourceProblems(world: World): WorldProblem[] {
  const resources = world.resources
  if (!resources) return []
  const problems: WorldProblem[] = []
  const accounts = new Set(world.accounts.map((account) => account.id))
  const checkAccount = (account: string, at: string) => {
    if (!accounts.has(account)) problems.push({ path: `${at}.account`, message: `account ${account} is not in accounts` })
  }
  const buckets = resources.s3Buckets ?? []
  buckets.forEach((bucket, i) => {
    const at = `resources.s3Buckets[${i}]`
    checkAccount(bucket.account, at)
    if (bucket.policy !== undefined) problems.push(...policyProblems(bucket.policy, `${at}.policy`, `bucket policy of ${bucket.name}`))
    problems.push(...duplicates(bucket.objects ?? [], (o) => o.key, (k) => `${at}.objects[${k}].key`, (o) => `object ${o.key}`))
  })
  problems.push(...duplicates(buckets, (b) => b.name, (i) => `resources.s3Buckets[${i}].name`, (b) => `bucket ${b.name}`))
  const keys = resources.kmsKeys ?? []
  keys.forEach((key, i) => {
    const at = `resources.kmsKeys[${i}]`
    checkAccount(key.account, at)
    problems.push(...policyProblems(key.policy, `${at}.policy`, `key policy of ${key.id}`))
  })
  problems.push(...duplicates(keys, (k) => `${k.account}/${k.region}/${k.id}`, (i) => `resources.kmsKeys[${i}].id`, (k) => `key ${k.id} of account ${k.account} in ${k.region}`))
  const queues = resources.sqsQueues ?? []
  queues.forEach((queue, i) => {
    const at = `resources.sqsQueues[${i}]`
    checkAccount(queue.account, at)
    if (queue.policy !== undefined) problems.push(...policyProblems(queue.policy, `${at}.policy`, `queue policy of ${queue.name}`))
  })
  problems.push(...duplicates(queues, (q) => `${q.account}/${q.region}/${q.name}`, (i) => `resources.sqsQueues[${i}].name`, (q) => `queue ${q.name} of account ${q.account} in ${q.region}`))
  return problems
}
