import { useId, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { AccountSelect } from './account-select.tsx'
import { DraftCard } from '../../ui/draft-card.tsx'
import { useResourceEdit } from './use-resource-edit.ts'
import { queueDraftOf, queueFrom, type QueueDraft } from './queue-draft.ts'
import { queueArn, type Queue } from './resource-model.ts'
import { CheckedPolicyField } from '../../ui/checked-policy-field.tsx'

/** queueFrom in the shape every resource card's edit takes. */
const queueEdit = (queue: Queue, draft: QueueDraft, path: string) => {
  const edit = queueFrom(queue, draft, path)
  return { item: edit.queue, problems: edit.problems }
}

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
  const { draft, setDraft, discard, problems, invalid, dirty, onApply } = useResourceEdit(world, 'sqsQueues', index, queue, queueDraftOf, queueEdit, apply)

  return (
    <DraftCard
      id={id}
      testId="queue-card"
      kind="SQS queue"
      title={queue.name}
      detail={`${queue.account} ${queue.region}`}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={dirty}
      problems={problems}
      onApply={onApply}
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
      <CheckedPolicyField
        kind="resource"
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
