import type { ReactNode } from 'react'
import { deleteEntity, roleArn } from '../../engine/world-model.ts'
import { editedWorld } from './entity-edit.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { EntityFormFrame } from './entity-form-frame.tsx'
import { PermissionsFields } from './permissions-fields.tsx'
import { PolicyDocumentInput } from './policy-document-input.tsx'
import { replaceEntity } from './replace-entity.ts'
import { roleDraft, roleFromDraft, type RoleDraft } from './role-draft.ts'
import { useEntityDraft } from './use-entity-draft.ts'
import type { WorldEditing } from './world-editing.ts'

interface RoleEditorProps extends WorldEditing {
  index: number
  /** The entity's key changed (a rename): the view keeps it selected. */
  /** Applied: the entity's key (a rename changes it) and what else followed (policies naming it). */
  onKeyChange: (key: string, notes: readonly string[]) => void
  /** The entity is gone; `notes` say where policies still name it. */
  onDeleted: (notes: readonly string[]) => void
  /** Beside the trust policy: who it lets in, given the draft's text ("Who can assume this role?"). */
  trustInsight?: (trustPolicyText: string) => ReactNode
}

const MAX_SESSION_HINT = 'Seconds, from 3600 (1 hour, the default) to 43200 (12 hours). AssumeRole may ask for up to this; role chaining stays capped at 1 hour.'

/** A role: name, path, maximum session duration, tags, trust policy and permissions. */
export function RoleEditor({ world, index, apply, PolicyField, onKeyChange, onDeleted, trustInsight }: RoleEditorProps) {
  const role = world.roles[index]
  const { draft, setDraft, dirty, problems, setProblems, discard } = useEntityDraft<RoleDraft | undefined>(role && roleDraft(role))
  if (role === undefined || draft === undefined) return null
  const base = `roles[${index}]`
  const arn = roleArn(world, role.account, role.path, role.name)
  const set = (change: Partial<RoleDraft>) => setDraft((d) => (d === undefined ? d : { ...d, ...change }))
  const id = 'world-role'

  const onApply = () => {
    const edited = roleFromDraft(role, draft, index)
    if (edited.problems.length > 0) return setProblems(edited.problems)
    const next = editedWorld(world, { kind: 'role', key: arn }, role.name, edited.role.name, (w) => replaceEntity(w, 'roles', index, edited.role))
    const refused = next.ok ? apply(next.world, `Apply role ${role.name}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onKeyChange(roleArn(world, edited.role.account, edited.role.path, edited.role.name), next.notes)
  }
  const onDelete = () => {
    const next = deleteEntity(world, { kind: 'role', key: arn })
    const refused = next.ok ? apply(next.world, `Delete role ${role.name}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onDeleted(next.notes)
  }

  return (
    <EntityFormFrame id={id} kind="Role" title={role.name} arn={arn} dirty={dirty} problems={problems} onApply={onApply} onDiscard={discard} onDelete={onDelete}>
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-name`} label="Role name" value={draft.name} onChange={(name) => set({ name })} hint="Up to 64 letters, digits and + = , . @ _ -" invalid={hasProblemAt(problems, `${base}.name`)} />
        <EditorField id={`${id}-path`} label="Path" value={draft.path} onChange={(path) => set({ path })} hint="Starts and ends with /, e.g. /teams/analytics/" invalid={hasProblemAt(problems, `${base}.path`)} />
        <EditorField
          id={`${id}-max-session`}
          label="Maximum session duration"
          value={draft.maxSessionDuration}
          onChange={(maxSessionDuration) => set({ maxSessionDuration })}
          hint={MAX_SESSION_HINT}
          invalid={hasProblemAt(problems, `${base}.maxSessionDuration`)}
        />
        <EditorField id={`${id}-tags`} label="Tags" value={draft.tags} onChange={(tags) => set({ tags })} rows={2} hint="Key=Value, one per line: the principal tags aws:PrincipalTag/Key reads." invalid={hasProblemAt(problems, `${base}.tags`)} />
      </div>
      <div className={`grid min-w-0 gap-4 ${trustInsight ? '2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]' : ''}`}>
        <PolicyDocumentInput
          id={`${id}-trust`}
          label="Trust policy"
          kind="trust"
          value={draft.trustPolicy}
          onChange={(trustPolicy) => set({ trustPolicy })}
          path={`${base}.trustPolicy`}
          problems={problems}
          PolicyField={PolicyField}
          hint="Who may assume the role: the role's resource-based policy. It must allow the caller explicitly."
        />
        {trustInsight?.(draft.trustPolicy)}
      </div>
      <PermissionsFields id={id} base={base} draft={draft} onChange={(update) => setDraft((d) => (d === undefined ? d : { ...d, ...update(d) }))} problems={problems} PolicyField={PolicyField} />
    </EntityFormFrame>
  )
}
