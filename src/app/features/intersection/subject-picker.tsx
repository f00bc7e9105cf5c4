// Whose permissions: the select of subjects (wallet, long-term keys, drafts), and for a draft the
// session policy it would carry, in the editor the view plugs in.
import type { ComponentType } from 'react'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { SelectField } from '../../ui/select-field.tsx'
import type { SubjectGroup, SubjectOption } from './subject-options.ts'

interface SubjectPickerProps {
  groups: readonly SubjectGroup[]
  selected: SubjectOption | undefined
  onChange: (value: string) => void
  /** A draft's session policy text ('' for none). */
  draftPolicy: string
  onDraftPolicyChange: (text: string) => void
  PolicyField: ComponentType<PolicyFieldProps>
}

function hint(selected: SubjectOption | undefined) {
  if (selected === undefined) return 'Choose whose permissions to show.'
  if (selected.subject.kind === 'draft') return 'A draft: the grid shows what a session of this role (or this user) would be allowed, with the session policy below, as if it were sent.'
  return selected.subject.sessionToken === undefined ? 'Long-term keys: the principal’s own policies, no session policy.' : 'Temporary credentials issued in this browser, with the session policy they carry.'
}

export function SubjectPicker({ groups, selected, onChange, draftPolicy, onDraftPolicyChange, PolicyField }: SubjectPickerProps) {
  return (
    <div className="flex flex-col gap-3">
      <SelectField id="policies-subject" label="Whose permissions" value={selected?.value ?? ''} onChange={onChange} hint={hint(selected)}>
        {selected === undefined && <option value="">Choose</option>}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      {selected?.subject.kind === 'draft' && (
        <PolicyField
          id="policies-draft-policy"
          kind="session"
          label="Draft session policy (optional)"
          value={draftPolicy}
          onChange={onDraftPolicyChange}
          describedBy="policies-draft-policy-hint"
          hints={
            <p id="policies-draft-policy-hint" className="text-xs text-slate-600 dark:text-slate-400">
              Leave it empty for a session without a session policy.
            </p>
          }
        />
      )}
    </div>
  )
}
