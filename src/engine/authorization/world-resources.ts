import { parseArn } from '../policy/arn.ts'
import type { Policy } from '../policy/policy-types.ts'
import type { World } from '../world/world-schema.ts'
import { findRole, trustPolicyOf } from '../operations/assume/role-arn.ts'
import { worldPolicy } from './world-policies.ts'

/** A resource of the world that a request names: whose it is and the resource-based policy it carries. */
export interface WorldResource {
  kind: 's3-bucket' | 's3-object' | 'kms-key' | 'sqs-queue' | 'iam-role'
  /** The account that owns it: for S3, whose ARNs carry no account, the bucket's account. */
  account: string
  /** Its bucket, key or queue policy (absent: a bucket or queue without one). */
  policy?: Policy
  /**
   * A KMS key policy must allow, even within the key's account: "Unless the key policy explicitly
   * allows it, you cannot use IAM policies to allow access to a KMS key" (AWS KMS Developer Guide,
   * "Key policies in AWS KMS"); a statement naming the account delegates to its IAM policies.
   * A role's trust policy likewise (IAM User Guide, "Policy evaluation logic": role trust policies
   * and KMS key policies must allow the principal explicitly).
   */
  mustAllow: boolean
  /** Condition keys the resource adds to the request: an S3 object's tags as `s3:ExistingObjectTag/<key>`. */
  keys: Record<string, string>
}

/**
 * The world resource an ARN names, if the world describes it: an IAM role (its trust policy is its
 * resource-based policy, for sts:AssumeRole and the like), an S3 bucket (`arn:aws:s3:::bucket`)
 * or an object in it (`arn:aws:s3:::bucket/key`), a KMS key (`arn:aws:kms:REGION:ACCOUNT:key/ID`)
 * or an SQS queue (`arn:aws:sqs:REGION:ACCOUNT:NAME`), in the world's partition.
 */
export function worldResource(world: World, resourceArn: string): WorldResource | undefined {
  const resources = world.resources
  const arn = parseArn(resourceArn)
  if (!arn || arn.partition !== world.partition) return undefined
  if (arn.service === 'iam' && arn.resource.startsWith('role/')) {
    const role = findRole(world, resourceArn)
    return role && { kind: 'iam-role', account: role.account, policy: trustPolicyOf(role), mustAllow: true, keys: {} }
  }
  if (!resources) return undefined
  if (arn.service === 's3' && arn.account === '' && arn.region === '') {
    const slash = arn.resource.indexOf('/')
    const name = slash < 0 ? arn.resource : arn.resource.slice(0, slash)
    const bucket = resources.s3Buckets?.find((b) => b.name === name)
    if (!bucket) return undefined
    const policy = bucket.policy === undefined ? undefined : worldPolicy(bucket.policy, 'resource', `bucket policy of ${bucket.name}`)
    const objectKey = slash < 0 ? undefined : arn.resource.slice(slash + 1)
    const object = objectKey === undefined ? undefined : bucket.objects?.find((o) => o.key === objectKey)
    // Amazon S3 User Guide, "Tagging and access control policies": s3:ExistingObjectTag/<tag-key> is the tag of the object the request acts on.
    const keys = Object.fromEntries(Object.entries(object?.tags ?? {}).map(([key, value]) => [`s3:ExistingObjectTag/${key}`, value]))
    return { kind: objectKey === undefined ? 's3-bucket' : 's3-object', account: bucket.account, ...(policy ? { policy } : {}), mustAllow: false, keys }
  }
  if (arn.service === 'kms' && arn.resource.startsWith('key/')) {
    const id = arn.resource.slice('key/'.length)
    const key = resources.kmsKeys?.find((k) => k.id === id && k.account === arn.account && k.region === arn.region)
    if (!key) return undefined
    const policy = worldPolicy(key.policy, 'resource', `key policy of ${key.id}`)
    return { kind: 'kms-key', account: key.account, ...(policy ? { policy } : {}), mustAllow: true, keys: {} }
  }
  if (arn.service === 'sqs') {
    const queue = resources.sqsQueues?.find((q) => q.name === arn.resource && q.account === arn.account && q.region === arn.region)
    if (!queue) return undefined
    const policy = queue.policy === undefined ? undefined : worldPolicy(queue.policy, 'resource', `queue policy of ${queue.name}`)
    return { kind: 'sqs-queue', account: queue.account, ...(policy ? { policy } : {}), mustAllow: false, keys: {} }
  }
  return undefined
}
