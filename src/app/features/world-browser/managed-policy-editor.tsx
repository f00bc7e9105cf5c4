import { customerManagedPolicyArn, deleteEntity, policyAttachments } from '../../engine/world-model.ts'
import { editedWorld } from './entity-edit.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { EntityFormFrame } from './entity-form-frame.tsx'
import { managedPolicyDraft, managedPolicyFromDraft, withNewVersion, type ManagedPolicyDraft } from './managed-policy-draft.ts'
import { PolicyDocumentInput } from './policy-document-input.tsx'
import { replaceEntity } from './replace-entity.ts'
import { useEntityDraft } from './use-entity-draft.ts'
import type { WorldEditing } from './world-editing.ts'

interface ManagedPolicyEditorProps extends WorldEditing {
  index: number
  /** Applied: the entity's key (a rename changes it) and what else followed (policies naming it). */
  onKeyChange: (key: string, notes: readonly string[]) => void
  onDeleted: (notes: readonly string[]) => void
}

/** IAM keeps at most five versions of a managed policy ("Versioning IAM policies"). */
const MAX_VERSIONS = 5

/** A customer managed policy: name, path, description, and its versions with the default one. */
export function ManagedPolicyEditor({ world, index, apply, PolicyField, onKeyChange, onDeleted }: ManagedPolicyEditorProps) {
  const policy = world.managedPolicies?.[index]
  const { draft, setDraft, dirty, problems, setProblems, discard } = useEntityDraft<ManagedPolicyDraft | undefined>(policy && managedPolicyDraft(policy))
  if (policy === undefined || draft === undefined) return null
  const base = `managedPolicies[${index}]`
  const arn = customerManagedPolicyArn(world.partition, policy)
  const set = (change: Partial<ManagedPolicyDraft>) => setDraft((d) => (d === undefined ? d : { ...d, ...change }))
  const id = 'world-policy'

  const onApply = () => {
    const edited = managedPolicyFromDraft(policy, draft, index)
    if (edited.problems.length > 0) return setProblems(edited.problems)
    const next = editedWorld(world, { kind: 'managedPolicy', key: arn }, policy.name, edited.policy.name, (w) => replaceEntity(w, 'managedPolicies', index, edited.policy))
    const refused = next.ok ? apply(next.world, `Apply policy ${policy.name}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onKeyChange(customerManagedPolicyArn(world.partition, edited.policy), next.notes)
  }
  // IAM refuses to delete a policy that is attached (DeleteConflict): the engine says where it is.
  const onDelete = () => {
    const next = deleteEntity(world, { kind: 'managedPolicy', key: arn })
    const refused = next.ok ? apply(next.world, `Delete policy ${policy.name}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onDeleted(next.notes)
  }
  const attachments = policyAttachments(world, arn)

  return (
    <EntityFormFrame id={id} kind="Managed policy" title={policy.name} arn={arn} dirty={dirty} problems={problems} onApply={onApply} onDiscard={discard} onDelete={onDelete}>
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-name`} label="Policy name" value={draft.name} onChange={(name) => set({ name })} hint="Up to 128 letters, digits and + = , . @ _ -" invalid={hasProblemAt(problems, `${base}.name`)} />
        <EditorField id={`${id}-path`} label="Path" value={draft.path} onChange={(path) => set({ path })} hint="Starts and ends with /" invalid={hasProblemAt(problems, `${base}.path`)} />
        <div className="sm:col-span-2">
          <EditorField id={`${id}-description`} label="Description" value={draft.description} onChange={(description) => set({ description })} hint="Optional." invalid={hasProblemAt(problems, `${base}.description`)} />
        </div>
      </div>
      <div className="flex min-w-0 flex-col gap-1 text-sm" data-testid="policy-attachments">
        <p className="font-semibold text-slate-900 dark:text-slate-100">Attached to ({attachments.length})</p>
        {attachments.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">Nothing: attach it to a user or role by its ARN.</p>
        ) : (
          <ul className="flex list-disc flex-col gap-0.5 pl-5 text-slate-800 dark:text-slate-200">
            {attachments.map((attachment) => (
              <li key={attachment.path}>
                {attachment.entity} <span className="font-semibold">{attachment.name}</span>, {attachment.as === 'boundary' ? 'as its permissions boundary' : 'as a permissions policy'}
              </li>
            ))}
          </ul>
        )}
      </div>
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Versions ({draft.versions.length} of {MAX_VERSIONS}); the default one is in force
        </legend>
        {draft.versions.map((version, v) => {
          const isDefault = version.versionId === draft.defaultVersionId
          return (
            <div key={version.versionId} className={`flex min-w-0 flex-col gap-2 rounded-lg border p-3 ${isDefault ? 'border-indigo-400 dark:border-indigo-500' : 'border-slate-200 dark:border-slate-700'}`}>
              <div className="flex min-w-0 flex-wrap items-center gap-3 text-sm">
                <label className="flex items-center gap-1.5 font-medium text-slate-900 dark:text-slate-100">
                  <input type="radio" name={`${id}-default`} checked={isDefault} onChange={() => set({ defaultVersionId: version.versionId })} />
                  {version.versionId}
                  {isDefault ? ' (default)' : ''}
                </label>
                {!isDefault && (
                  <button type="button" className={`${secondaryButton} ml-auto`} onClick={() => set({ versions: draft.versions.filter((x) => x !== version) })}>
                    Delete {version.versionId}
                  </button>
                )}
              </div>
              <PolicyDocumentInput
                id={`${id}-version-${version.versionId}`}
                label={`Version ${version.versionId}`}
                kind="identity"
                value={version.document}
                onChange={(document) => set({ versions: draft.versions.map((x, i) => (i === v ? { ...x, document } : x)) })}
                path={`${base}.versions[${v}].document`}
                problems={problems}
                PolicyField={PolicyField}
              />
            </div>
          )
        })}
        <div>
          <button type="button" className={secondaryButton} disabled={draft.versions.length >= MAX_VERSIONS} onClick={() => setDraft((d) => (d === undefined ? d : withNewVersion(d)))}>
            Create version (as default)
          </button>
          {draft.versions.length >= MAX_VERSIONS && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">IAM keeps five versions: delete one first (LimitExceeded).</span>}
        </div>
      </fieldset>
      {hasProblemAt(problems, `${base}.defaultVersionId`) && <p className="text-sm text-red-700 dark:text-red-300">The default version must be one of the versions.</p>}
    </EntityFormFrame>
  )
}
