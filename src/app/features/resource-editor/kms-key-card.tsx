import { useId, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { AccountSelect } from './account-select.tsx'
import { DraftCard } from '../../ui/draft-card.tsx'
import { useResourceEdit } from './use-resource-edit.ts'
import { kmsKeyDraftOf, kmsKeyFrom, type KmsKeyDraft } from './kms-key-draft.ts'
import { kmsKeyArn, type KmsKey } from './resource-model.ts'
import { CheckedPolicyField } from '../../ui/checked-policy-field.tsx'

/** kmsKeyFrom in the shape every resource card's edit takes. */
const keyEdit = (kmsKey: KmsKey, draft: KmsKeyDraft, path: string) => {
  const edit = kmsKeyFrom(kmsKey, draft, path)
  return { item: edit.key, problems: edit.problems }
}

interface KmsKeyCardProps {
  world: World
  /** Where the key is in `world.resources.kmsKeys`. */
  index: number
  kmsKey: KmsKey
  defaultOpen: boolean
  apply: (next: World) => readonly WorldProblem[]
  onRemove: () => void
  PolicyField: ComponentType<PolicyFieldProps>
}

/** One KMS key of the world: its id, account, region and key policy. */
export function KmsKeyCard({ world, index, kmsKey, defaultOpen, apply, onRemove, PolicyField }: KmsKeyCardProps) {
  const id = useId()
  const { draft, setDraft, discard, problems, invalid, dirty, onApply } = useResourceEdit(world, 'kmsKeys', index, kmsKey, kmsKeyDraftOf, keyEdit, apply)

  return (
    <DraftCard
      id={id}
      testId="kms-key-card"
      kind="KMS key"
      title={kmsKey.id}
      detail={`${kmsKey.account} ${kmsKey.region}`}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={dirty}
      problems={problems}
      onApply={onApply}
      onDiscard={discard}
      removeLabel="Remove key"
      removeQuestion={`Remove the key ${kmsKeyArn(world, kmsKey)} from the world? Requests on it then meet no key policy.`}
      onRemove={onRemove}
    >
      <EditorField id={`${id}-id`} label="Key id" value={draft.id} onChange={(value) => setDraft({ ...draft, id: value })} invalid={invalid('id')} hint={`A lower-case UUID. ARN: ${kmsKeyArn(world, draft)}`} />
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <AccountSelect id={`${id}-account`} world={world} value={draft.account} onChange={(account) => setDraft({ ...draft, account })} hint="The key's account: its IAM policies count only where the key policy names it." />
        <EditorField id={`${id}-region`} label="Region" value={draft.region} onChange={(region) => setDraft({ ...draft, region })} invalid={invalid('region')} hint="e.g. us-east-1" />
      </div>
      <CheckedPolicyField
        kind="resource"
        PolicyField={PolicyField}
        id={`${id}-policy`}
        label="Key policy"
        value={draft.policy}
        onChange={(policy) => setDraft({ ...draft, policy })}
        invalid={invalid('policy')}
        hint="Every KMS key has one, and it must allow: an IAM policy counts only where the key policy names the account (arn:…:iam::ACCOUNT:root)."
      />
    </DraftCard>
  )
}
