import { describe, expect, it } from 'vitest'
import { demoWorld, type World } from '../../../engine/index.ts'
import { addResource, bucketArn, defaultAccount, freeName, removeResource, replaceResource, resourcesIn } from './resource-model.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

const bucket = resourcesIn(demoWorld, 's3Buckets')[0]!

describe('the resources of a world', () => {
  it('are none in a world without the section', () => {
    const bare: World = { ...demoWorld }
    delete bare.resources
    expect(resourcesIn(bare, 'kmsKeys')).toEqual([])
    expect(removeResource(bare, 'kmsKeys', 0).resources).toEqual({ kmsKeys: [] })
  })

  it('are replaced, added and removed without touching the world they came from', () => {
    const renamed = replaceResource(demoWorld, 's3Buckets', 0, { ...bucket, name: 'archive' })
    expect(resourcesIn(renamed, 's3Buckets')[0]?.name).toBe('archive')
    expect(bucket.name).toBe('reports')
    expect(renamed.users).toBe(demoWorld.users)
    const added = addResource(renamed, 's3Buckets', { name: 'logs', account: '111111111111' })
    expect(resourcesIn(added, 's3Buckets').map((b) => b.name)).toEqual(['archive', 'logs'])
    expect(resourcesIn(removeResource(added, 's3Buckets', 0), 's3Buckets').map((b) => b.name)).toEqual(['logs'])
  })

  it('name their ARNs in the world partition', () => {
    expect(bucketArn({ ...demoWorld, partition: 'aws-cn' }, bucket)).toBe('arn:aws-cn:s3:::reports')
  })

  it('go to the workload account by default, else the first account', () => {
    expect(defaultAccount(demoWorld)).toBe('111111111111')
    expect(defaultAccount({ ...demoWorld, accounts: demoWorld.accounts.slice(1) })).toBe('222222222222')
  })

  it('get a free name', () => {
    expect(freeName('q', new Set())).toBe('q')
    expect(freeName('q', new Set(['q', 'q-2']))).toBe('q-3')
  })
})

describe('hasProblemAt', () => {
  it('finds problems at a path and inside it, not at a sibling that shares its start', () => {
    const problems = [{ path: 'resources.s3Buckets[1].policy.Statement[0]', message: 'x' }]
    expect(hasProblemAt(problems, 'resources.s3Buckets[1].policy')).toBe(true)
    expect(hasProblemAt(problems, 'resources.s3Buckets[1]')).toBe(true)
    expect(hasProblemAt(problems, 'resources.s3Buckets[10]')).toBe(false)
    expect(hasProblemAt(problems, 'resources.s3Buckets[1].pol')).toBe(false)
  })
})
