import type { World, WorldProblem } from '../../engine/types.ts'
import { documentText, parseDocumentText } from './policy-text.ts'
import { DEFAULT_REGION, defaultAccount, freeName, resourcesIn, type Queue } from './resource-model.ts'

/** An SQS queue as its card's form holds it, until Apply: the queue policy as text ('' for none). */
export interface QueueDraft {
  name: string
  account: string
  region: string
  policy: string
}

export function queueDraftOf(queue: Queue): QueueDraft {
  return { name: queue.name, account: queue.account, region: queue.region, policy: documentText(queue.policy) }
}

export interface QueueEdit {
  queue: Queue
  problems: WorldProblem[]
}

/** The queue the draft describes (the original policy while the text is not JSON). `path` is e.g. `resources.sqsQueues[0]`. */
export function queueFrom(original: Queue, draft: QueueDraft, path: string): QueueEdit {
  const policy = parseDocumentText(draft.policy, `${path}.policy`, false)
  const next: Queue = { ...original, name: draft.name, account: draft.account, region: draft.region }
  if (policy.ok && policy.value === undefined) delete next.policy
  else next.policy = policy.ok ? policy.value : original.policy
  return { queue: next, problems: policy.ok ? [] : [policy.problem] }
}

/** A new queue: a name not taken in its account and region, with no policy. */
export function newQueue(world: World): Queue {
  const account = defaultAccount(world)
  const taken = new Set(resourcesIn(world, 'sqsQueues').filter((q) => q.account === account && q.region === DEFAULT_REGION).map((q) => q.name))
  return { name: freeName('new-queue', taken), account, region: DEFAULT_REGION }
}
