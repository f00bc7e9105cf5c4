import { useRef, useState, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { Panel } from '../../ui/panel.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'
import { BucketCard } from './bucket-card.tsx'
import { newBucket } from './bucket-draft.ts'
import { itemKey } from '../../ui/item-keys.ts'
import { KmsKeyCard } from './kms-key-card.tsx'
import { newKmsKey } from './kms-key-draft.ts'
import { QueueCard } from './queue-card.tsx'
import { newQueue } from './queue-draft.ts'
import { addResource, removeResource, resourcesIn, type ResourceOf, type ResourceSection as Section } from './resource-model.ts'
import { CardSection } from '../../ui/card-section.tsx'

export interface ResourceEditorProps {
  world: World
  /** Applies an edited world: returns [] when it was valid and applied, else the problems (paths like `resources.s3Buckets[1].name`); then nothing changed. */
  apply: (next: World) => readonly WorldProblem[]
  /** The policy editor (Monaco), plugged in by the view: used for every bucket, key and queue policy. */
  PolicyField: ComponentType<PolicyFieldProps>
}

/**
 * The world's resources with resource-based policies, editable: S3 buckets (and their objects'
 * tags), KMS keys and SQS queues. Each card keeps its edit as a draft until Apply; adding and
 * removing apply at once.
 */
export function ResourceEditor({ world, apply, PolicyField }: ResourceEditorProps) {
  // The card of a resource just added opens, ready to edit.
  const [added, setAdded] = useState<string | undefined>(undefined)
  // Problems of an add or a remove (the cards show their own).
  const [problems, setProblems] = useState<readonly WorldProblem[]>([])
  const commit = (next: World): boolean => {
    const result = apply(next)
    setProblems(result)
    return result.length === 0
  }
  // After a removal the card is gone: the keyboard goes to its section's heading, not to the page's start.
  const bucketHeading = useRef<HTMLHeadingElement>(null)
  const keyHeading = useRef<HTMLHeadingElement>(null)
  const queueHeading = useRef<HTMLHeadingElement>(null)
  const headings = { s3Buckets: bucketHeading, kmsKeys: keyHeading, sqsQueues: queueHeading }
  const add = <S extends Section>(section: S, item: ResourceOf<S>) => {
    if (commit(addResource(world, section, item))) setAdded(itemKey(item))
  }
  const remove = (section: Section, index: number) => {
    if (commit(removeResource(world, section, index))) headings[section].current?.focus()
  }
  const buckets = resourcesIn(world, 's3Buckets')
  const keys = resourcesIn(world, 'kmsKeys')
  const queues = resourcesIn(world, 'sqsQueues')
  const common = { world, apply, PolicyField }

  return (
    <div data-testid="resource-editor" className="min-w-0">
      <Panel id="resource-editor" title="Resources" description="Buckets, keys and queues with resource-based policies. A request on a resource the world does not describe meets no resource policy.">
        <ProblemList id="resource-editor-problems" problems={problems} consequence="The world was not changed." />
        <CardSection
          id="resources-buckets"
          headingRef={bucketHeading}
          title={`S3 buckets (${buckets.length})`}
          intro="A bucket name is unique in its partition; the bucket policy can let other accounts in, or deny anyone."
          emptyText="None."
          isEmpty={buckets.length === 0}
          addLabel="Add bucket"
          onAdd={() => add('s3Buckets', newBucket(world))}
        >
          {buckets.map((bucket, index) => {
            const key = itemKey(bucket)
            return <BucketCard key={key} {...common} index={index} bucket={bucket} defaultOpen={key === added} onRemove={() => remove('s3Buckets', index)} />
          })}
        </CardSection>
        <CardSection
          id="resources-kms-keys"
          headingRef={keyHeading}
          title={`KMS keys (${keys.length})`}
          intro="Every key has a key policy; without its allow, not even the key's own account gets in."
          emptyText="None."
          isEmpty={keys.length === 0}
          addLabel="Add KMS key"
          onAdd={() => add('kmsKeys', newKmsKey(world))}
        >
          {keys.map((kmsKey, index) => {
            const key = itemKey(kmsKey)
            return <KmsKeyCard key={key} {...common} index={index} kmsKey={kmsKey} defaultOpen={key === added} onRemove={() => remove('kmsKeys', index)} />
          })}
        </CardSection>
        <CardSection
          id="resources-sqs-queues"
          headingRef={queueHeading}
          title={`SQS queues (${queues.length})`}
          intro="A queue name is unique in its account and region; the queue policy can let other accounts send or receive."
          emptyText="None."
          isEmpty={queues.length === 0}
          addLabel="Add queue"
          onAdd={() => add('sqsQueues', newQueue(world))}
        >
          {queues.map((queue, index) => {
            const key = itemKey(queue)
            return <QueueCard key={key} {...common} index={index} queue={queue} defaultOpen={key === added} onRemove={() => remove('sqsQueues', index)} />
          })}
        </CardSection>
      </Panel>
    </div>
  )
}
