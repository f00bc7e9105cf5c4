import { describe, expect, it } from 'vitest'
import { demoWorld, type World } from '../../../engine/index.ts'
import { bucketDraftOf, bucketFrom, newBucket } from './bucket-draft.ts'
import { addResource, replaceResource, resourcesIn } from './resource-model.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

const bucket = resourcesIn(demoWorld, 's3Buckets')[0]!
const path = 'resources.s3Buckets[0]'

describe('a bucket draft', () => {
  it('round-trips: an untouched draft is the same bucket', () => {
    const edit = bucketFrom(bucket, bucketDraftOf(bucket), path)
    expect(edit.problems).toEqual([])
    expect(sameValue(edit.bucket, bucket)).toBe(true)
  })

  it('reports a policy that is not JSON at its path, and keeps the old policy meanwhile', () => {
    const edit = bucketFrom(bucket, { ...bucketDraftOf(bucket), policy: '{"Version": "2012-10-17",' }, path)
    expect(edit.problems).toHaveLength(1)
    expect(edit.problems[0]?.path).toBe('resources.s3Buckets[0].policy')
    expect(edit.problems[0]?.message).toMatch(/^is not valid JSON: /)
    expect(edit.bucket.policy).toBe(bucket.policy)
  })

  it('drops the policy when its text is emptied', () => {
    expect(bucketFrom(bucket, { ...bucketDraftOf(bucket), policy: '  ' }, path).bucket).not.toHaveProperty('policy')
  })

  it('lets parseWorld judge the policy: a statement without a Principal is refused under the policy', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
    const edit = bucketFrom(bucket, { ...bucketDraftOf(bucket), policy }, path)
    const check = checkWorld(replaceResource(demoWorld, 's3Buckets', 0, edit.bucket), edit.problems)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(hasProblemAt(check.problems, 'resources.s3Buckets[0].policy')).toBe(true)
  })

  it('edits objects and their tags, keeping fields it does not know', () => {
    const original = { ...bucket, objects: [{ key: 'a.csv', tags: { team: 'red' }, storageClass: 'GLACIER' }, { key: 'b.csv' }] } as typeof bucket
    const draft = bucketDraftOf(original)
    const objects = [{ ...draft.objects[0]!, tags: [...draft.objects[0]!.tags, { key: 'level', value: '' }] }, { key: 'c.csv', tags: [] }]
    const edit = bucketFrom(original, { ...draft, objects }, path)
    expect(edit.bucket.objects).toEqual([{ key: 'a.csv', tags: { team: 'red', level: '' }, storageClass: 'GLACIER' }, { key: 'c.csv' }])
    expect(checkWorld(replaceResource(demoWorld, 's3Buckets', 0, edit.bucket)).ok).toBe(true)
  })

  it('reports a tag key typed twice in one object at the second tag, and an empty one', () => {
    const draft = { ...bucketDraftOf(bucket), objects: [{ key: 'a', tags: [{ key: 'k', value: '1' }, { key: 'k', value: '2' }, { key: '', value: '3' }] }] }
    expect(bucketFrom(bucket, draft, path).problems).toEqual([
      { path: 'resources.s3Buckets[0].objects[0].tags[1]', message: 'tag key k is already used in this object' },
      { path: 'resources.s3Buckets[0].objects[0].tags[2]', message: 'a tag key must not be empty' },
    ])
    expect(bucketFrom(bucket, draft, path).bucket.objects?.[0]?.tags).toEqual({ k: '2' })
  })

  it('reports a name S3 would refuse with the path parseWorld gives', () => {
    const edit = bucketFrom(bucket, { ...bucketDraftOf(bucket), name: 'Has_Capitals' }, path)
    const check = checkWorld(replaceResource(demoWorld, 's3Buckets', 0, edit.bucket))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.map((p) => p.path)).toContain('resources.s3Buckets[0].name')
  })
})

describe('a new bucket', () => {
  it('is valid, under a free name, with no policy', () => {
    const first = newBucket(demoWorld)
    expect(first).toEqual({ name: 'new-bucket', account: '111111111111' })
    const world = addResource(demoWorld, 's3Buckets', first)
    expect(checkWorld(world).ok).toBe(true)
    expect(newBucket(world).name).toBe('new-bucket-2')
  })

  it('creates the resources section of a world that has none', () => {
    const bare: World = { ...demoWorld }
    delete bare.resources
    const world = addResource(bare, 's3Buckets', newBucket(bare))
    expect(world.resources).toEqual({ s3Buckets: [{ name: 'new-bucket', account: '111111111111' }] })
    expect(checkWorld(world).ok).toBe(true)
  })
})
