import { useState } from 'react'
import { secondaryButton } from '../../ui/buttons.ts'
import { inputClass } from '../../ui/input-class.ts'
import { addMember } from './organization-draft.ts'

interface MemberAccountsFieldProps {
  id: string
  /** The accounts to offer: the world's, then ids only the organization names. */
  choices: readonly { id: string; alias: string; inWorld: boolean }[]
  managementAccount: string
  accounts: readonly string[]
  onChange: (accounts: string[]) => void
  invalid: boolean
}

/** The organization's accounts: a checkbox for each account of the world, and a box to type another id. */
export function MemberAccountsField({ id, choices, managementAccount, accounts, onChange, invalid }: MemberAccountsFieldProps) {
  const [typed, setTyped] = useState('')
  const offered = [...choices, ...accounts.filter((a) => !choices.some((c) => c.id === a)).map((a) => ({ id: a, alias: '', inWorld: false }))]
  const add = () => {
    if (typed.trim() === '') return
    onChange(addMember(accounts, typed))
    setTyped('')
  }
  return (
    <fieldset aria-describedby={`${id}-hint`} className="flex min-w-0 flex-col gap-1.5">
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Accounts in the organization</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {offered.map((choice) => (
          <label key={choice.id} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input
              type="checkbox"
              className="size-4 accent-indigo-600"
              checked={accounts.includes(choice.id)}
              // The management account is always in its organization.
              disabled={choice.id === managementAccount}
              aria-invalid={invalid}
              onChange={(event) => onChange(event.target.checked ? addMember(accounts, choice.id) : accounts.filter((a) => a !== choice.id))}
            />
            <span className="min-w-0 break-words">
              <span className="font-mono">{choice.id}</span>
              {choice.alias === '' ? '' : ` (${choice.alias})`}
              {choice.id === managementAccount ? ' (management)' : ''}
              {choice.inWorld ? '' : ' (not in the world)'}
            </span>
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 basis-48 flex-col gap-1">
          <label htmlFor={`${id}-other`} className="text-xs font-medium text-slate-900 dark:text-slate-100">
            Another account id (12 digits)
          </label>
          <input
            id={`${id}-other`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
            className={inputClass}
          />
        </div>
        <button type="button" className={secondaryButton} disabled={typed.trim() === ''} onClick={add}>
          Add account
        </button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {invalid && (
          <span className="block font-medium text-red-700 dark:text-red-300">
            <span aria-hidden="true">✗ </span>This field has a problem: see the list below.
          </span>
        )}
        Principals of these accounts carry aws:PrincipalOrgID. An account must be in the world’s accounts before it can join.
      </p>
    </fieldset>
  )
}
