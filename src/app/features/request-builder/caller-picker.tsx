import type { CallerGroup, CallerOption } from './callers.ts'

interface CallerPickerProps {
  groups: readonly CallerGroup[]
  selected: CallerOption | undefined
  onChange: (accessKeyId: string) => void
}

export function CallerPicker({ groups, selected, onChange }: CallerPickerProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="caller" className="text-sm font-medium text-slate-900">
        Caller
      </label>
      <select
        id="caller"
        value={selected?.accessKeyId ?? ''}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="caller-hint"
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-2 font-mono text-sm text-slate-900 shadow-xs"
      >
        {groups.map((group) => (
          <optgroup key={group.account} label={`Account ${group.account} (${group.alias})`}>
            {group.callers.map((caller) => (
              <option key={caller.accessKeyId} value={caller.accessKeyId}>
                {caller.arn} ({caller.accessKeyId})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id="caller-hint" className="text-xs text-slate-600">
        {selected === undefined ? (
          'This world has no principal with a long-term access key.'
        ) : (
          <>
            Signs with access key <code className="font-mono text-slate-800">{selected.accessKeyId}</code> of{' '}
            <code className="font-mono wrap-anywhere text-slate-800">{selected.arn}</code>, in your browser.
          </>
        )}
      </p>
    </div>
  )
}
