import { useMemo, useRef, useState, type ReactNode } from 'react'
import { customerManagedPolicyArn, roleArn, rootArn, userArn } from '../../engine/world-model.ts'
import type { World } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { ProblemList } from '../../ui/problem-list.tsx'
import type { WorldProblem } from '../../engine/types.ts'
import { AccountEditor } from './account-editor.tsx'
import { newAccount } from './account-draft.ts'
import { EditNotes } from './edit-notes.tsx'
import { EntityList } from './entity-list.tsx'
import { ManagedPolicyEditor } from './managed-policy-editor.tsx'
import { newManagedPolicy } from './managed-policy-draft.ts'
import { appendEntity } from './replace-entity.ts'
import { RoleEditor } from './role-editor.tsx'
import { newRole } from './role-draft.ts'
import { UserEditor } from './user-editor.tsx'
import { newUser } from './user-draft.ts'
import { entityEntries, type EntitySectionId } from './world-sections.ts'
import type { WorldEditing } from './world-editing.ts'

interface EntitySectionProps extends WorldEditing {
  section: EntitySectionId
  selectedKey: string | undefined
  onSelect: (key: string | undefined) => void
  /** Beside a role's trust policy: who it lets in. */
  trustInsight?: (roleIndex: number, trustPolicyText: string) => ReactNode
}

const NOUNS: Record<EntitySectionId, { one: string; many: string }> = {
  accounts: { one: 'account', many: 'accounts' },
  users: { one: 'user', many: 'users' },
  roles: { one: 'role', many: 'roles' },
  policies: { one: 'policy', many: 'customer managed policies' },
}

/** A new entity of the section in `account`, and its key (ARN) once added. */
function added(world: World, section: EntitySectionId, account: string): { next: World; key: string; what: string } {
  switch (section) {
    case 'accounts': {
      const made = newAccount(world)
      return { next: appendEntity(world, 'accounts', made), key: rootArn(world, made.id), what: `Add account ${made.id}` }
    }
    case 'users': {
      const made = newUser(world, account)
      return { next: appendEntity(world, 'users', made), key: userArn(world, made.account, made.path, made.name), what: `Add user ${made.name}` }
    }
    case 'roles': {
      const made = newRole(world, account)
      return { next: appendEntity(world, 'roles', made), key: roleArn(world, made.account, made.path, made.name), what: `Add role ${made.name}` }
    }
    case 'policies': {
      const made = newManagedPolicy(world, account)
      return { next: appendEntity(world, 'managedPolicies', made), key: customerManagedPolicyArn(world.partition, made), what: `Add policy ${made.name}` }
    }
  }
}

/** One list section of the World view: search and pick on one side, the picked entity's form on the other; add in any account. */
export function EntitySection({ section, world, apply, PolicyField, selectedKey, onSelect, trustInsight }: EntitySectionProps) {
  const entries = useMemo(() => entityEntries(world, section), [world, section])
  const selected = entries.find((entry) => entry.key === selectedKey)
  const [account, setAccount] = useState(world.accounts[0]?.id ?? '')
  const [problems, setProblems] = useState<readonly WorldProblem[]>([])
  const noun = NOUNS[section]
  const add = () => {
    const made = added(world, section, account)
    const refused = apply(made.next, made.what)
    setProblems(refused)
    if (refused.length === 0) pick(made.key)
  }
  // What an Apply or Delete also changed or left elsewhere (policies that name the entity), from the engine.
  const [notes, setNotes] = useState<{ what: string; notes: readonly string[] }>({ what: '', notes: [] })
  const detail = useRef<HTMLDivElement>(null)
  const pick = (key: string | undefined) => {
    setNotes({ what: '', notes: [] })
    onSelect(key)
    // Below the list on a narrow screen: bring the picked entity's form into view.
    if (key !== undefined && window.matchMedia('(max-width: 1023px)').matches) requestAnimationFrame(() => detail.current?.scrollIntoView({ block: 'start' }))
  }
  const common = {
    world,
    apply,
    PolicyField,
    onDeleted: (left: readonly string[]) => {
      pick(undefined)
      setNotes({ what: 'Deleted. Policies still name it (IAM leaves such references as they are):', notes: left })
    },
    onKeyChange: (key: string, followed: readonly string[]) => {
      onSelect(key)
      setNotes({ what: 'Applied. References that followed the new name:', notes: followed })
    },
  }

  return (
    <div className="grid min-w-0 items-start gap-5 lg:grid-cols-[minmax(16rem,22rem)_minmax(0,1fr)]">
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex min-w-0 flex-wrap items-end gap-2">
          {section !== 'accounts' && (
            <label className="flex min-w-0 flex-col gap-1 text-xs font-medium text-slate-700 dark:text-slate-300">
              In account
              <select value={account} onChange={(event) => setAccount(event.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-800">
                {world.accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id} ({a.alias})
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className={secondaryButton} onClick={add}>
            Add {noun.one}
          </button>
        </div>
        <ProblemList id={`world-${section}-add-problems`} problems={problems} consequence="Nothing was added." />
        <EntityList id={`world-${section}`} noun={noun.many} entries={entries} selectedKey={selectedKey} onSelect={(entry) => pick(entry.key)} />
      </div>
      <div ref={detail} className="flex min-w-0 scroll-mt-2 flex-col gap-3">
        <EditNotes what={notes.what} notes={notes.notes} />
        <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-700 dark:bg-slate-900" data-testid="entity-detail">
          {selected === undefined ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Pick a {noun.one} to see and edit it, or add one.</p>
          ) : section === 'roles' ? (
            <RoleEditor key={selected.key} index={selected.index} {...common} {...(trustInsight ? { trustInsight: (text: string) => trustInsight(selected.index, text) } : {})} />
          ) : section === 'users' ? (
            <UserEditor key={selected.key} index={selected.index} {...common} />
          ) : section === 'policies' ? (
            <ManagedPolicyEditor key={selected.key} index={selected.index} {...common} />
          ) : (
            <AccountEditor key={selected.key} index={selected.index} world={world} apply={apply} onDeleted={common.onDeleted} />
          )}
        </div>
      </div>
    </div>
  )
}
