import type { Organization } from './organization-model.ts'
import { targetChoices, toggleTarget } from './org-policy-draft.ts'

interface TargetCheckboxesProps {
  id: string
  /** "SCP" or "RCP". */
  kind: string
  organization: Organization
  targets: readonly string[]
  onChange: (targets: string[]) => void
  invalid: boolean
}

/** Where an SCP or RCP is attached: the organization's root (every member) and single accounts. */
export function TargetCheckboxes({ id, kind, organization, targets, onChange, invalid }: TargetCheckboxesProps) {
  return (
    <fieldset aria-describedby={`${id}-hint`} className="flex min-w-0 flex-col gap-1.5">
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Attached to</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {targetChoices(organization, targets).map((target) => (
          <label key={target} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input
              type="checkbox"
              className="size-4 accent-indigo-600"
              checked={targets.includes(target)}
              aria-invalid={invalid}
              onChange={(event) => onChange(toggleTarget(targets, target, event.target.checked))}
            />
            <span className="min-w-0 break-words">
              <span className="font-mono">{target}</span>
              {target === 'root' ? ' (the whole organization)' : ''}
              {target === organization.managementAccount ? ' (management: not affected)' : ''}
              {target !== 'root' && !organization.accounts.includes(target) ? ' (not a member)' : ''}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {invalid && (
          <span className="block font-medium text-red-700 dark:text-red-300">
            <span aria-hidden="true">✗ </span>This field has a problem: see the list below.
          </span>
        )}
        {targets.length === 0 ? `Attached nowhere: this ${kind} limits no one yet.` : `An account is limited by the ${kind}s of the root and of the account itself.`}
      </p>
    </fieldset>
  )
}
