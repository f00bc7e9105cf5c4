import { deleteEntity, rootArn } from '../../engine/world-model.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { accountDraft, accountFromDraft, type AccountDraft } from './account-draft.ts'
import { AccessKeyList } from './access-key-list.tsx'
import { EntityFormFrame } from './entity-form-frame.tsx'
import { replaceEntity } from './replace-entity.ts'
import { useEntityDraft } from './use-entity-draft.ts'
import type { WorldEditing } from './world-editing.ts'

interface AccountEditorProps extends Omit<WorldEditing, 'PolicyField'> {
  index: number
  onDeleted: (notes: readonly string[]) => void
}

/** IAM allows the root user two access keys, and AWS recommends none ("Root user best practices for your AWS account"). */
const MAX_ROOT_KEYS = 2

/** An account: its alias, where STS is switched off, outbound web identity federation, the root user's keys. */
export function AccountEditor({ world, index, apply, onDeleted }: AccountEditorProps) {
  const account = world.accounts[index]
  const { draft, setDraft, dirty, problems, setProblems, discard } = useEntityDraft<AccountDraft | undefined>(account && accountDraft(account))
  if (account === undefined || draft === undefined) return null
  const base = `accounts[${index}]`
  const set = (change: Partial<AccountDraft>) => setDraft((d) => (d === undefined ? d : { ...d, ...change }))
  const id = 'world-account'
  const onApply = () => setProblems(apply(replaceEntity(world, 'accounts', index, accountFromDraft(account, draft)), `Apply account ${account.id}`))
  const onDelete = () => {
    const next = deleteEntity(world, { kind: 'account', key: account.id })
    const refused = next.ok ? apply(next.world, `Delete account ${account.id}`) : next.problems
    setProblems(refused)
    if (next.ok && refused.length === 0) onDeleted(next.notes)
  }
  return (
    <EntityFormFrame id={id} kind="Account" title={`${account.id} (${account.alias})`} arn={rootArn(world, account.id)} dirty={dirty} problems={problems} onApply={onApply} onDiscard={discard} onDelete={onDelete}>
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-alias`} label="Account alias" value={draft.alias} onChange={(alias) => set({ alias })} hint="The name the console sign-in page shows." invalid={hasProblemAt(problems, `${base}.alias`)} />
        <EditorField
          id={`${id}-regions`}
          label="Regions where STS is switched off"
          value={draft.stsDisabledRegions}
          onChange={(stsDisabledRegions) => set({ stsDisabledRegions })}
          rows={3}
          hint="One region per line, e.g. eu-south-1: a regional STS endpoint there answers RegionDisabledException (403)."
          invalid={hasProblemAt(problems, `${base}.stsDisabledRegions`)}
        />
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input type="checkbox" className="mt-1" checked={draft.outboundWebIdentityFederation} onChange={(event) => set({ outboundWebIdentityFederation: event.target.checked })} />
        <span>
          Outbound web identity federation is enabled <span className="text-slate-600 dark:text-slate-400">(IAM EnableOutboundWebIdentityFederation; GetWebIdentityToken needs it)</span>
        </span>
      </label>
      <AccessKeyList owner={`The root user of ${account.id}`} keys={draft.rootAccessKeys} max={MAX_ROOT_KEYS} onChange={(rootAccessKeys) => set({ rootAccessKeys })} />
    </EntityFormFrame>
  )
}
