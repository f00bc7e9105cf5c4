import { deleteEntity, userArn } from '../../engine/world-model.ts'
import { editedWorld } from './entity-edit.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { AccessKeyList } from './access-key-list.tsx'
import { EntityFormFrame } from './entity-form-frame.tsx'
import { newMfaSeed } from './new-ids.ts'
import { PermissionsFields } from './permissions-fields.tsx'
import { replaceEntity } from './replace-entity.ts'
import { MAX_ACCESS_KEYS, userDraft, userFromDraft, type UserDraft } from './user-draft.ts'
import { useEntityDraft } from './use-entity-draft.ts'
import type { WorldEditing } from './world-editing.ts'

interface UserEditorProps extends WorldEditing {
  index: number
  /** Applied: the entity's key (a rename changes it) and what else followed (policies naming it). */
  onKeyChange: (key: string, notes: readonly string[]) => void
  onDeleted: (notes: readonly string[]) => void
}

/** An IAM user: name, path, tags, access keys, virtual MFA devices and permissions. */
export function UserEditor({ world, index, apply, PolicyField, onKeyChange, onDeleted }: UserEditorProps) {
  const user = world.users[index]
  const { draft, setDraft, dirty, problems, setProblems, discard } = useEntityDraft<UserDraft | undefined>(user && userDraft(user))
  if (user === undefined || draft === undefined) return null
  const base = `users[${index}]`
  const arn = userArn(world, user.account, user.path, user.name)
  const set = (change: Partial<UserDraft>) => setDraft((d) => (d === undefined ? d : { ...d, ...change }))
  const id = 'world-user'

  const onApply = () => {
    const edited = userFromDraft(user, draft, index)
    if (edited.problems.length > 0) return setProblems(edited.problems)
    const next = editedWorld(world, { kind: 'user', key: arn }, user.name, edited.user.name, (w) => replaceEntity(w, 'users', index, edited.user))
    const refused = next.ok ? apply(next.world, `Apply user ${user.name}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onKeyChange(userArn(world, edited.user.account, edited.user.path, edited.user.name), next.notes)
  }
  const onDelete = () => {
    const next = deleteEntity(world, { kind: 'user', key: arn })
    const refused = next.ok ? apply(next.world, `Delete user ${user.name}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onDeleted(next.notes)
  }
  const addMfaDevice = () => {
    const serialNumber = `arn:${world.partition}:iam::${user.account}:mfa/${draft.name}-${draft.mfaDevices.length + 1}`
    set({ mfaDevices: [...draft.mfaDevices, { serialNumber, type: 'virtual', algorithm: 'SHA1', digits: 6, periodSeconds: 30, seedBase32: newMfaSeed() }] })
  }

  return (
    <EntityFormFrame id={id} kind="User" title={user.name} arn={arn} dirty={dirty} problems={problems} onApply={onApply} onDiscard={discard} onDelete={onDelete}>
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-name`} label="User name" value={draft.name} onChange={(name) => set({ name })} hint="Up to 64 letters, digits and + = , . @ _ -" invalid={hasProblemAt(problems, `${base}.name`)} />
        <EditorField id={`${id}-path`} label="Path" value={draft.path} onChange={(path) => set({ path })} hint="Starts and ends with /" invalid={hasProblemAt(problems, `${base}.path`)} />
        <EditorField id={`${id}-tags`} label="Tags" value={draft.tags} onChange={(tags) => set({ tags })} rows={2} hint="Key=Value, one per line." invalid={hasProblemAt(problems, `${base}.tags`)} />
      </div>
      <AccessKeyList owner={`User ${user.name}`} keys={draft.accessKeys} max={MAX_ACCESS_KEYS} onChange={(accessKeys) => set({ accessKeys })} />
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">Virtual MFA devices ({draft.mfaDevices.length})</legend>
        <ul className="flex min-w-0 flex-col gap-2">
          {draft.mfaDevices.map((device) => (
            <li key={device.serialNumber} className="flex min-w-0 flex-wrap items-center gap-2 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
              <code className="min-w-0 font-mono text-xs break-all text-slate-900 dark:text-slate-100">{device.serialNumber}</code>
              <button type="button" className={`${secondaryButton} ml-auto`} onClick={() => set({ mfaDevices: draft.mfaDevices.filter((d) => d !== device) })}>
                Remove device
              </button>
            </li>
          ))}
        </ul>
        <div>
          <button type="button" className={secondaryButton} onClick={addMfaDevice}>
            Add virtual MFA device
          </button>
        </div>
      </fieldset>
      <PermissionsFields id={id} base={base} draft={draft} onChange={(update) => setDraft((d) => (d === undefined ? d : { ...d, ...update(d) }))} problems={problems} PolicyField={PolicyField} />
    </EntityFormFrame>
  )
}
