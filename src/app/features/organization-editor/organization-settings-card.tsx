import { useId, useMemo } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { DraftCard } from '../../ui/draft-card.tsx'
import { MemberAccountsField } from './member-accounts-field.tsx'
import { accountChoices, organizationDraftOf, organizationDraftProblems, organizationFrom, withManagement } from './organization-draft.ts'
import { setOrganization, type Organization } from './organization-model.ts'
import { useDraft } from '../../ui/use-draft.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface OrganizationSettingsCardProps {
  world: World
  organization: Organization
  defaultOpen: boolean
  apply: (next: World) => readonly WorldProblem[]
  onRemove: () => void
}

const checkboxLabel = 'flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200'

/** The organization itself: its id, management account, members, and the AssumeRoot settings. */
export function OrganizationSettingsCard({ world, organization, defaultOpen, apply, onRemove }: OrganizationSettingsCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(organization, organizationDraftOf)
  const edited = useMemo(() => organizationFrom(organization, draft), [organization, draft])
  const next = useMemo(() => setOrganization(world, edited), [world, edited])
  const check = useMemo(() => checkWorld(next, organizationDraftProblems(draft)), [next, draft])
  const problems = check.ok ? [] : check.problems
  // parseWorld reports an account the world does not describe at `organization` itself.
  const outsider = problems.some((problem) => problem.path === 'organization')
  const invalid = (field: string) => hasProblemAt(problems, `organization.${field}`) || (field === 'accounts' && outsider)
  const choices = accountChoices(world, draft)
  const members = draft.accounts.filter((a) => a !== draft.managementAccount)

  return (
    <DraftCard
      id={id}
      testId="organization-card"
      kind="Organization"
      title={organization.id}
      defaultOpen={defaultOpen}
      draft={draft}
      dirty={!sameValue(edited, organization)}
      problems={problems}
      onApply={() => apply(next)}
      onDiscard={discard}
      removeLabel="Remove organization"
      removeQuestion={`Remove the organization ${organization.id} with its SCPs and RCPs? Its accounts become standalone: no SCP or RCP limits them, and aws:PrincipalOrgID is absent.`}
      onRemove={onRemove}
    >
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <EditorField id={`${id}-id`} label="Organization id" value={draft.id} onChange={(value) => setDraft({ ...draft, id: value })} invalid={invalid('id')} hint="o- and 10-32 lower-case letters or digits: the value of aws:PrincipalOrgID." />
        <SelectField
          id={`${id}-management`}
          label="Management account"
          value={draft.managementAccount}
          onChange={(account) => setDraft(withManagement(draft, account))}
          hint={<p>SCPs and RCPs never apply to the management account.</p>}
        >
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.id}
              {choice.alias === '' ? '' : ` (${choice.alias})`}
              {choice.inWorld ? '' : ' (not in the world)'}
            </option>
          ))}
        </SelectField>
      </div>
      <MemberAccountsField id={`${id}-accounts`} choices={choices} managementAccount={draft.managementAccount} accounts={draft.accounts} onChange={(accounts) => setDraft({ ...draft, accounts })} invalid={invalid('accounts')} />
      <div className="flex flex-col gap-1">
        <label className={checkboxLabel}>
          <input type="checkbox" className="size-4 accent-indigo-600" checked={draft.centralizedRootAccess} onChange={(event) => setDraft({ ...draft, centralizedRootAccess: event.target.checked })} aria-describedby={`${id}-root-hint`} />
          Centralized root access for member accounts
        </label>
        <p id={`${id}-root-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          Lets the management account (or the delegated IAM administrator) call AssumeRoot for a member account.
        </p>
      </div>
      <SelectField
        id={`${id}-delegated`}
        label="Delegated IAM administrator"
        value={draft.delegatedIamAdministrator}
        onChange={(delegatedIamAdministrator) => setDraft({ ...draft, delegatedIamAdministrator })}
        hint={
          <>
            {invalid('delegatedIamAdministrator') && (
              <p className="font-medium text-red-700 dark:text-red-300">
                <span aria-hidden="true">✗ </span>This field has a problem: see the list below.
              </p>
            )}
            <p>A member account that may call AssumeRoot besides the management account.</p>
          </>
        }
      >
        <option value="">None</option>
        {!members.includes(draft.delegatedIamAdministrator) && draft.delegatedIamAdministrator !== '' && <option value={draft.delegatedIamAdministrator}>{draft.delegatedIamAdministrator} (not a member)</option>}
        {members.map((account) => (
          <option key={account} value={account}>
            {account}
          </option>
        ))}
      </SelectField>
    </DraftCard>
  )
}
