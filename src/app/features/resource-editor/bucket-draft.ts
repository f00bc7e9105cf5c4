import type { World, WorldProblem } from '../../engine/types.ts'
import { documentText, parseDocumentText } from './policy-text.ts'
import { defaultAccount, freeName, resourcesIn, type Bucket, type BucketObject } from './resource-model.ts'

/** Amazon S3 User Guide, "Categorizing your objects using tags": up to 10 tags per object (resources-schema.ts checks it too). */
export const MAX_OBJECT_TAGS = 10

/** One tag of an object, as a row of two inputs. */
export interface TagDraft {
  key: string
  value: string
}

/** One object of a bucket, as the card's form holds it. */
export interface ObjectDraft {
  key: string
  tags: TagDraft[]
  /** The object of the world this row edits (none for a row just added): its other fields survive. */
  base?: BucketObject
}

/** An S3 bucket as its card's form holds it, until Apply: the bucket policy as text ('' for none). */
export interface BucketDraft {
  name: string
  account: string
  policy: string
  objects: ObjectDraft[]
}

export function bucketDraftOf(bucket: Bucket): BucketDraft {
  return {
    name: bucket.name,
    account: bucket.account,
    policy: documentText(bucket.policy),
    objects: (bucket.objects ?? []).map((object) => ({ key: object.key, tags: Object.entries(object.tags ?? {}).map(([key, value]) => ({ key, value })), base: object })),
  }
}

/** What the draft makes: the bucket (with the original policy while the text is not JSON) and the draft's own problems. */
export interface BucketEdit {
  bucket: Bucket
  problems: WorldProblem[]
}

/** An object from its draft, starting from the object it edits (if any) so fields this editor does not know survive. */
function objectFrom(draft: ObjectDraft): BucketObject {
  const next: BucketObject = { ...draft.base, key: draft.key }
  // A row with no key yet is the draft's own problem (tagProblems), not one for parseWorld to report again.
  const tags = draft.tags.filter((tag) => tag.key !== '')
  if (tags.length === 0) delete next.tags
  else next.tags = Object.fromEntries(tags.map((tag) => [tag.key, tag.value]))
  return next
}

/**
 * Tag rows the world could not hold, at `objects[o].tags[t]`: an empty key, and a key typed twice
 * in one object (the world keeps tags as a map, so one value would be lost without a word; S3
 * itself refuses it: "Cannot provide multiple Tags with the same key").
 */
function tagProblems(objects: readonly ObjectDraft[], path: string): WorldProblem[] {
  return objects.flatMap((object, o) =>
    object.tags.flatMap((tag, t) => {
      const at = `${path}.objects[${o}].tags[${t}]`
      if (tag.key === '') return [{ path: at, message: 'a tag key must not be empty' }]
      return object.tags.findIndex((other) => other.key === tag.key) < t ? [{ path: at, message: `tag key ${tag.key} is already used in this object` }] : []
    }),
  )
}

/**
 * The bucket the draft describes. It starts from the original object, so fields this editor does
 * not know survive; `objects` stays absent when it was and still is empty. `path` is the bucket's
 * path in the world, e.g. `resources.s3Buckets[1]`.
 */
export function bucketFrom(original: Bucket, draft: BucketDraft, path: string): BucketEdit {
  const policy = parseDocumentText(draft.policy, `${path}.policy`, false)
  const next: Bucket = { ...original, name: draft.name, account: draft.account }
  if (policy.ok && policy.value === undefined) delete next.policy
  else next.policy = policy.ok ? policy.value : original.policy
  if (draft.objects.length === 0 && original.objects === undefined) delete next.objects
  else next.objects = draft.objects.map(objectFrom)
  const problems = [...(policy.ok ? [] : [policy.problem]), ...tagProblems(draft.objects, path)]
  return { bucket: next, problems }
}

/** A new bucket: a free name, in the default account, with no policy and no objects. */
export function newBucket(world: World): Bucket {
  const taken = new Set(resourcesIn(world, 's3Buckets').map((bucket) => bucket.name))
  return { name: freeName('new-bucket', taken), account: defaultAccount(world) }
}
