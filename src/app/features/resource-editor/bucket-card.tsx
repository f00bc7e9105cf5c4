import { useId, useMemo, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { AccountSelect } from './account-select.tsx'
import { bucketDraftOf, bucketFrom } from './bucket-draft.ts'
import { DraftCard } from '../../ui/draft-card.tsx'
import { inheritKey } from '../../ui/item-keys.ts'
import { ObjectList } from './object-list.tsx'
import { bucketArn, replaceResource, type Bucket } from './resource-model.ts'
import { ResourcePolicyField } from './resource-policy-field.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface BucketCardProps {
  world: World
  /** Where the bucket is in `world.resources.s3Buckets`. */
  index: number
  bucket: Bucket
  defaultOpen: boolean
  apply: (next: World) => readonly WorldProblem[]
  onRemove: () => void
  PolicyField: ComponentType<PolicyFieldProps>
}

/** One S3 bucket of the world: its name, account, bucket policy and objects with their tags. */
export function BucketCard({ world, index, bucket, defaultOpen, apply, onRemove, PolicyField }: BucketCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(bucket, bucketDraftOf)
  const path = `resources.s3Buckets[${index}]`
  const edit = useMemo(() => bucketFrom(bucket, draft, path), [bucket, draft, path])
  const next = useMemo(() => replaceResource(world, 's3Buckets', index, edit.bucket), [world, index, edit.bucket])
  const check = useMemo(() => checkWorld(next, edit.problems), [next, edit.problems])
  const problems = check.ok ? [] : check.problems
  const invalid = (field: string) => hasProblemAt(problems, `${path}.${field}`)

  return (
    <DraftCard
      id={id}
      testId="bucket-card"
      kind="S3 bucket"
      title={bucket.name}
      detail={bucket.account}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={!sameValue(edit.bucket, bucket) || edit.problems.length > 0}
      problems={problems}
      onApply={() => {
        // Before the world changes: the applied bucket keeps this card (open) in the list.
        inheritKey(bucket, edit.bucket)
        return apply(next)
      }}
      onDiscard={discard}
      removeLabel="Remove bucket"
      removeQuestion={`Remove the bucket ${bucketArn(world, bucket)} from the world? Requests on it then meet no bucket policy.`}
      onRemove={onRemove}
    >
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-name`} label="Name" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} invalid={invalid('name')} hint={`ARN: ${bucketArn(world, { name: draft.name })}`} />
        <AccountSelect id={`${id}-account`} world={world} value={draft.account} onChange={(account) => setDraft({ ...draft, account })} hint="The bucket owner: a principal of another account needs the bucket policy to allow it as well as its own policies." />
      </div>
      <ResourcePolicyField
        PolicyField={PolicyField}
        id={`${id}-policy`}
        label="Bucket policy"
        value={draft.policy}
        onChange={(policy) => setDraft({ ...draft, policy })}
        invalid={invalid('policy')}
        hint="A resource-based policy: each statement names a Principal. Leave it empty for none: the bucket then grants nothing itself."
      />
      <ObjectList objects={draft.objects} onChange={(objects) => setDraft({ ...draft, objects })} path={path} problems={problems} />
    </DraftCard>
  )
}
