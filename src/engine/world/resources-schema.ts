import * as v from 'valibot'

/**
 * The world's resources that carry a resource-based policy: S3 buckets (with their objects' tags),
 * KMS keys and SQS queues. The optional top-level `resources` section of a world file; a world
 * without it has none, and a request on a resource it does not describe meets no resource policy.
 * Policy documents are kept as JSON values; parse-resources.ts validates them as resource policies.
 */

const accountId = v.pipe(v.string(), v.regex(/^\d{12}$/, 'must be a 12-digit account id'))
const region = v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region such as us-east-1'))
const policyDocument = v.unknown()

/**
 * Amazon S3 User Guide, "General purpose bucket naming rules": 3-63 characters of lower-case
 * letters, digits, dots and hyphens, beginning and ending with a letter or digit.
 */
const bucketName = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be 3-63 lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit'))

/** Amazon S3 User Guide, "Categorizing your objects using tags": up to 10 tags per object, keys of 1-128 and values of 0-256 characters. */
export const MAX_OBJECT_TAGS = 10
const objectTags = v.pipe(
  v.record(v.pipe(v.string(), v.minLength(1, 'a tag key must not be empty'), v.maxLength(128, 'a tag key may have at most 128 characters')), v.pipe(v.string(), v.maxLength(256, 'a tag value may have at most 256 characters'))),
  v.check((tags) => Object.keys(tags).length <= MAX_OBJECT_TAGS, `an S3 object may have at most ${MAX_OBJECT_TAGS} tags`),
)

const s3Object = v.object({
  /** The object key, e.g. `q1.csv` or `2026/q1.csv`. */
  key: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(1024, 'may have at most 1,024 characters')),
  /** The object's tags: what `s3:ExistingObjectTag/<key>` conditions read. */
  tags: v.optional(objectTags),
})

const s3Bucket = v.object({
  name: bucketName,
  account: accountId,
  /** The bucket policy: a resource-based policy (each statement names a Principal). None: the bucket grants nothing itself. */
  policy: v.optional(policyDocument),
  objects: v.optional(v.array(s3Object)),
})

const kmsKey = v.object({
  /** The key id, a UUID: the key's ARN is arn:PARTITION:kms:REGION:ACCOUNT:key/ID. */
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a key id (a lower-case UUID)')),
  account: accountId,
  region,
  /** The key policy. Every KMS key has one, and it must allow: IAM policies count only where it names the account. */
  policy: policyDocument,
})

const sqsQueue = v.object({
  /** Up to 80 letters, digits, hyphens and underscores (a FIFO queue's name ends in .fifo): arn:PARTITION:sqs:REGION:ACCOUNT:NAME. */
  name: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,75}(\.fifo)?$|^[A-Za-z0-9_-]{1,80}$/, 'must be 1-80 letters, digits, hyphens and underscores (a FIFO queue ends in .fifo)')),
  account: accountId,
  region,
  /** The queue policy, if any. */
  policy: v.optional(policyDocument),
})

export const resourcesSchema = v.object({
  s3Buckets: v.optional(v.array(s3Bucket)),
  kmsKeys: v.optional(v.array(kmsKey)),
  sqsQueues: v.optional(v.array(sqsQueue)),
})

export type WorldResources = v.InferOutput<typeof resourcesSchema>
export type WorldBucket = NonNullable<WorldResources['s3Buckets']>[number]
export type WorldKmsKey = NonNullable<WorldResources['kmsKeys']>[number]
export type WorldQueue = NonNullable<WorldResources['sqsQueues']>[number]
