import { SelectField } from '../../components/select-field.tsx'
import type { CallerGroup, CallerOption } from './callers.ts'

interface CallerPickerProps {
  groups: readonly CallerGroup[]
  selected: CallerOption | undefined
  onChange: (accessKeyId: string) => void
}

export function CallerPicker({ groups, selected, onChange }: CallerPickerProps) {
  const hint =
    selected === undefined ? (
      <p>This world has no principal with a long-term access key.</p>
    ) : (
      <p>
        Signs with access key <code className="font-mono text-slate-800">{selected.accessKeyId}</code> of{' '}
        <code className="font-mono wrap-anywhere text-slate-800">{selected.arn}</code>, in your browser.
      </p>
    )
  return (
    <SelectField id="caller" label="Caller" value={selected?.accessKeyId ?? ''} onChange={onChange} hint={hint}>
      {groups.map((group) => (
        <optgroup key={group.account} label={`Account ${group.account} (${group.alias})`}>
          {group.callers.map((caller) => (
            <option key={caller.accessKeyId} value={caller.accessKeyId}>
              {caller.arn} ({caller.accessKeyId})
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  )
}
