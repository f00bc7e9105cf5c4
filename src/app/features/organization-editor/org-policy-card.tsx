import { useId, useMemo, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { CheckedPolicyField } from '../../ui/checked-policy-field.tsx'
import { DraftCard } from '../../ui/draft-card.tsx'
import { inheritKey } from '../../ui/item-keys.ts'
import { listOf, replacePolicy, type OrgPolicy, type OrgPolicyKind, type Organization } from './organization-model.ts'
import { orgPolicyDraftOf, orgPolicyFrom } from './org-policy-draft.ts'
import { TargetCheckboxes } from './target-checkboxes.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface OrgPolicyCardProps {
  world: World
  organization: Organization
  kind: OrgPolicyKind
  /** Where the policy is in `organization.scps` (`rcps`). */
  index: number
  policy: OrgPolicy
  defaultOpen: boolean
  apply: (next: World) => readonly WorldProblem[]
  onRemove: () => void
  PolicyField: ComponentType<PolicyFieldProps>
}

const KIND_TEXT: Record<OrgPolicyKind, { label: string; hint: string }> = {
  scp: { label: 'SCP', hint: 'A service control policy: the most a member account’s principals may do. It grants nothing; an action must also be allowed by an identity (or resource) policy.' },
  rcp: { label: 'RCP', hint: 'A resource control policy: the most anyone may do to a member account’s resources. Each statement names a Principal; it grants nothing.' },
}

/** One SCP or RCP of the organization: its name, document and targets. */
export function OrgPolicyCard({ world, organization, kind, index, policy, defaultOpen, apply, onRemove, PolicyField }: OrgPolicyCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(policy, orgPolicyDraftOf)
  const path = `organization.${listOf(kind)}[${index}]`
  const edit = useMemo(() => orgPolicyFrom(policy, draft, kind, path), [policy, draft, kind, path])
  const next = useMemo(() => replacePolicy(world, organization, kind, index, edit.policy), [world, organization, kind, index, edit.policy])
  const check = useMemo(() => checkWorld(next, edit.problems), [next, edit.problems])
  const problems = check.ok ? [] : check.problems
  const invalid = (field: string) => hasProblemAt(problems, `${path}.${field}`)
  const { label, hint } = KIND_TEXT[kind]

  return (
    <DraftCard
      id={id}
      testId={`${kind}-card`}
      kind={label}
      title={policy.name}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={!sameValue(edit.policy, policy) || edit.problems.length > 0}
      problems={problems}
      onApply={() => {
        // Before the world changes: the applied policy keeps this card (open, focused) in the list.
        inheritKey(policy, edit.policy)
        return apply(next)
      }}
      onDiscard={discard}
      removeLabel={`Remove ${label}`}
      removeQuestion={`Remove the ${label} ${policy.name} from the organization? A level left with no ${label} behaves as ${kind === 'scp' ? 'FullAWSAccess' : 'RCPFullAWSAccess'}.`}
      onRemove={onRemove}
    >
      <EditorField id={`${id}-name`} label="Name" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} invalid={invalid('name')} hint="1-64 letters, digits and + = , . @ _ -" />
      <CheckedPolicyField
        PolicyField={PolicyField}
        id={`${id}-document`}
        label={`${label} document`}
        kind={kind}
        value={draft.document}
        onChange={(document) => setDraft({ ...draft, document })}
        invalid={invalid('document')}
        hint={hint}
      />
      <TargetCheckboxes id={`${id}-targets`} kind={label} organization={organization} targets={draft.targets} onChange={(targets) => setDraft({ ...draft, targets })} invalid={invalid('targets')} />
    </DraftCard>
  )
}
