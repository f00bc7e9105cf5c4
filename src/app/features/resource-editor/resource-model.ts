import type { World } from '../../engine/types.ts'

/** The world's resources with resource-based policies (resources-schema.ts). */
export type Resources = NonNullable<World['resources']>
export type Bucket = NonNullable<Resources['s3Buckets']>[number]
export type BucketObject = NonNullable<Bucket['objects']>[number]
export type KmsKey = NonNullable<Resources['kmsKeys']>[number]
export type Queue = NonNullable<Resources['sqsQueues']>[number]

/** The lists of `world.resources`, each optional. */
export type ResourceSection = 's3Buckets' | 'kmsKeys' | 'sqsQueues'
export type ResourceOf<S extends ResourceSection> = NonNullable<Resources[S]>[number]

/** The resources of a section; an absent section (or `resources`) has none. */
export function resourcesIn<S extends ResourceSection>(world: World, section: S): ResourceOf<S>[] {
  return (world.resources?.[section] ?? []) as ResourceOf<S>[]
}

/** The world with `section` holding `items`; everything else is the same objects. */
function withSection<S extends ResourceSection>(world: World, section: S, items: ResourceOf<S>[]): World {
  return { ...world, resources: { ...world.resources, [section]: items } }
}

/** The world with `section[index]` replaced. */
export function replaceResource<S extends ResourceSection>(world: World, section: S, index: number, item: ResourceOf<S>): World {
  return withSection(world, section, resourcesIn(world, section).map((existing, i) => (i === index ? item : existing)))
}

/** The world with `item` added at the end of `section` (the section, and `resources`, created if absent). */
export function addResource<S extends ResourceSection>(world: World, section: S, item: ResourceOf<S>): World {
  return withSection(world, section, [...resourcesIn(world, section), item])
}

/** The world without `section[index]`. */
export function removeResource(world: World, section: ResourceSection, index: number): World {
  return withSection(world, section, resourcesIn(world, section).filter((_, i) => i !== index))
}

/** The account new resources go in: the workload account of the demo world when there is one. */
export function defaultAccount(world: World): string {
  return world.accounts.some((account) => account.id === '111111111111') ? '111111111111' : (world.accounts[0]?.id ?? '111111111111')
}

/** The region new KMS keys and queues go in. */
export const DEFAULT_REGION = 'us-east-1'

/** The ARNs the cards show (and policies name): S3 bucket ARNs carry no region or account. */
export function bucketArn(world: World, bucket: Pick<Bucket, 'name'>): string {
  return `arn:${world.partition}:s3:::${bucket.name}`
}

export function kmsKeyArn(world: World, key: Pick<KmsKey, 'account' | 'region' | 'id'>): string {
  return `arn:${world.partition}:kms:${key.region}:${key.account}:key/${key.id}`
}

export function queueArn(world: World, queue: Pick<Queue, 'account' | 'region' | 'name'>): string {
  return `arn:${world.partition}:sqs:${queue.region}:${queue.account}:${queue.name}`
}

/** A name not yet taken: `base`, else `base-2`, `base-3`… (`separator` between). */
export function freeName(base: string, taken: ReadonlySet<string>, separator = '-'): string {
  let n = 1
  while (taken.has(n === 1 ? base : `${base}${separator}${n}`)) n++
  return n === 1 ? base : `${base}${separator}${n}`
}
