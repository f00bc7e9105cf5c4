import { useId, useMemo, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { AccountSelect } from './account-select.tsx'
import { DraftCard } from '../../ui/draft-card.tsx'
import { inheritKey } from '../../ui/item-keys.ts'
import { queueDraftOf, queueFrom } from './queue-draft.ts'
import { queueArn, replaceResource, type Queue } from './resource-model.ts'
import { ResourcePolicyField } from './resource-policy-field.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface QueueCardProps {
  world: World
  /** Where the queue is in `world.resources.sqsQueues`. */
  index: number
  queue: Queue
  defaultOpen: boolean
  apply: (next: World) => readonly WorldProblem[]
  onRemove: () => void
  PolicyField: ComponentType<PolicyFieldProps>
}

/** One SQS queue of the world: its name, account, region and queue policy. */
export function QueueCard({ world, index, queue, defaultOpen, apply, onRemove, PolicyField }: QueueCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(queue, queueDraftOf)
  const path = `resources.sqsQueues[${index}]`
  const edit = useMemo(() => queueFrom(queue, draft, path), [queue, draft, path])
  const next = useMemo(() => replaceResource(world, 'sqsQueues', index, edit.queue), [world, index, edit.queue])
  const check = useMemo(() => checkWorld(next, edit.problems), [next, edit.problems])
  const problems = check.ok ? [] : check.problems
  const invalid = (field: string) => hasProblemAt(problems, `${path}.${field}`)

  return (
    <DraftCard
      id={id}
      testId="queue-card"
      kind="SQS queue"
      title={queue.name}
      detail={`${queue.account} ${queue.region}`}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={!sameValue(edit.queue, queue) || edit.problems.length > 0}
      problems={problems}
      onApply={() => {
        inheritKey(queue, edit.queue)
        return apply(next)
      }}
      onDiscard={discard}
      removeLabel="Remove queue"
      removeQuestion={`Remove the queue ${queueArn(world, queue)} from the world? Requests on it then meet no queue policy.`}
      onRemove={onRemove}
    >
      <EditorField id={`${id}-name`} label="Name" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} invalid={invalid('name')} hint={`Up to 80 letters, digits, - and _ (a FIFO queue ends in .fifo). ARN: ${queueArn(world, draft)}`} />
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <AccountSelect id={`${id}-account`} world={world} value={draft.account} onChange={(account) => setDraft({ ...draft, account })} hint="The queue owner: another account's principals need the queue policy to allow them." />
        <EditorField id={`${id}-region`} label="Region" value={draft.region} onChange={(region) => setDraft({ ...draft, region })} invalid={invalid('region')} hint="e.g. us-east-1" />
      </div>
      <ResourcePolicyField
        PolicyField={PolicyField}
        id={`${id}-policy`}
        label="Queue policy"
        value={draft.policy}
        onChange={(policy) => setDraft({ ...draft, policy })}
        invalid={invalid('policy')}
        hint="A resource-based policy: each statement names a Principal. Leave it empty for none."
      />
    </DraftCard>
  )
}
