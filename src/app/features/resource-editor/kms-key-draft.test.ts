import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../../engine/index.ts'
import { kmsKeyDraftOf, kmsKeyFrom, newKmsKey } from './kms-key-draft.ts'
import { addResource, kmsKeyArn, replaceResource } from './resource-model.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const key = newKmsKey(demoWorld, '0f6a2c1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b')
const world = addResource(demoWorld, 'kmsKeys', key)
const index = world.resources!.kmsKeys!.length - 1
const path = `resources.kmsKeys[${index}]`

describe('a KMS key', () => {
  it('is new with a fresh lower-case UUID and the default key policy, and the world takes it', () => {
    expect(newKmsKey(demoWorld).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(newKmsKey(demoWorld).id).not.toBe(newKmsKey(demoWorld).id)
    expect(key.policy).toMatchObject({ Statement: [{ Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*' }] })
    expect(checkWorld(world).ok).toBe(true)
    expect(kmsKeyArn(world, key)).toBe('arn:aws:kms:us-east-1:111111111111:key/0f6a2c1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b')
  })

  it('round-trips: an untouched draft is the same key', () => {
    const edit = kmsKeyFrom(key, kmsKeyDraftOf(key), path)
    expect(edit.problems).toEqual([])
    expect(sameValue(edit.key, key)).toBe(true)
  })

  it('needs a key policy: an empty one is a problem, as is text that is not JSON', () => {
    expect(kmsKeyFrom(key, { ...kmsKeyDraftOf(key), policy: '' }, path).problems).toEqual([{ path: `${path}.policy`, message: 'is empty: every KMS key has a key policy' }])
    const bad = kmsKeyFrom(key, { ...kmsKeyDraftOf(key), policy: 'nope' }, path)
    expect(bad.problems[0]?.path).toBe(`${path}.policy`)
    expect(bad.key.policy).toBe(key.policy)
  })

  it('reports a region and an id the schema refuses, at their paths', () => {
    const edit = kmsKeyFrom(key, { ...kmsKeyDraftOf(key), region: 'Moon', id: 'ABC' }, path)
    const check = checkWorld(replaceResource(world, 'kmsKeys', index, edit.key))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.map((p) => p.path)).toEqual(expect.arrayContaining([`${path}.region`, `${path}.id`]))
  })
})
