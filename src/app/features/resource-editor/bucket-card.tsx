import { useId, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { AccountSelect } from './account-select.tsx'
import { bucketDraftOf, bucketFrom, type BucketDraft } from './bucket-draft.ts'
import { DraftCard } from '../../ui/draft-card.tsx'
import { useResourceEdit } from './use-resource-edit.ts'
import { ObjectList } from './object-list.tsx'
import { bucketArn, type Bucket } from './resource-model.ts'
import { CheckedPolicyField } from '../../ui/checked-policy-field.tsx'

/** bucketFrom in the shape every resource card's edit takes. */
const bucketEdit = (bucket: Bucket, draft: BucketDraft, path: string) => {
  const edit = bucketFrom(bucket, draft, path)
  return { item: edit.bucket, problems: edit.problems }
}

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
  const { draft, setDraft, discard, path, problems, invalid, dirty, onApply } = useResourceEdit(world, 's3Buckets', index, bucket, bucketDraftOf, bucketEdit, apply)

  return (
    <DraftCard
      id={id}
      testId="bucket-card"
      kind="S3 bucket"
      title={bucket.name}
      detail={bucket.account}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={dirty}
      problems={problems}
      onApply={onApply}
      onDiscard={discard}
      removeLabel="Remove bucket"
      removeQuestion={`Remove the bucket ${bucketArn(world, bucket)} from the world? Requests on it then meet no bucket policy.`}
      onRemove={onRemove}
    >
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-name`} label="Name" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} invalid={invalid('name')} hint={`ARN: ${bucketArn(world, { name: draft.name })}`} />
        <AccountSelect id={`${id}-account`} world={world} value={draft.account} onChange={(account) => setDraft({ ...draft, account })} hint="The bucket owner: a principal of another account needs the bucket policy to allow it as well as its own policies." />
      </div>
      <CheckedPolicyField
        kind="resource"
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
