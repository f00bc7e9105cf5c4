import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../../engine/index.ts'
import { newQueue, queueDraftOf, queueFrom } from './queue-draft.ts'
import { addResource, queueArn, removeResource, replaceResource, resourcesIn } from './resource-model.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const queue = newQueue(demoWorld)
const world = addResource(demoWorld, 'sqsQueues', queue)
const index = resourcesIn(world, 'sqsQueues').length - 1
const path = `resources.sqsQueues[${index}]`

describe('an SQS queue', () => {
  it('is new under a name free in its account and region, with no policy', () => {
    expect(queue).toEqual({ name: 'new-queue', account: '111111111111', region: 'us-east-1' })
    expect(checkWorld(world).ok).toBe(true)
    expect(newQueue(world).name).toBe('new-queue-2')
    expect(queueArn(world, queue)).toBe('arn:aws:sqs:us-east-1:111111111111:new-queue')
  })

  it('round-trips, and takes a policy typed as JSON', () => {
    expect(sameValue(queueFrom(queue, queueDraftOf(queue), path).queue, queue)).toBe(true)
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '222222222222' }, Action: 'sqs:SendMessage', Resource: queueArn(world, queue) }] }
    const edit = queueFrom(queue, { ...queueDraftOf(queue), policy: JSON.stringify(policy) }, path)
    expect(edit.queue.policy).toEqual(policy)
    expect(checkWorld(replaceResource(world, 'sqsQueues', index, edit.queue)).ok).toBe(true)
  })

  it('reports a policy that is not JSON at its path', () => {
    expect(queueFrom(queue, { ...queueDraftOf(queue), policy: '{' }, path).problems.map((p) => p.path)).toEqual([`${path}.policy`])
  })

  it('reports a second queue of the same name in its account and region', () => {
    const twice = addResource(world, 'sqsQueues', { ...queue })
    const check = checkWorld(twice)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.map((p) => p.path)).toContain(`resources.sqsQueues[${index + 1}].name`)
  })

  it('is removed, leaving the other sections alone', () => {
    const after = removeResource(world, 'sqsQueues', index)
    expect(resourcesIn(after, 'sqsQueues')).toHaveLength(index)
    expect(after.resources?.s3Buckets).toBe(world.resources?.s3Buckets)
  })
})
