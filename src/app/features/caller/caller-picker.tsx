import { useTickingNow } from '../../ui/use-ticking-now.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { countdownText, secondsLeft } from '../../state/wallet.ts'
import { callerOptionLabel, type CallerGroup, type CallerOption } from '../../state/callers.ts'

interface CallerPickerProps {
  groups: readonly CallerGroup[]
  selected: CallerOption | undefined
  /** The engine clock's offset from the wall clock: the hint counts down on it. */
  clockOffsetMs: number
  onChange: (callerId: string) => void
}

const code = 'font-mono wrap-anywhere text-slate-800 dark:text-slate-200'

function CallerHint({ caller, nowMs }: { caller: CallerOption | undefined; nowMs: number }) {
  if (caller === undefined) return <p>Choose who signs the request.</p>
  switch (caller.kind) {
    case 'long-term':
      return (
        <p>
          Signs with the long-term access key <code className={code}>{caller.id}</code> of <code className={code}>{caller.arn}</code>, in your browser.
        </p>
      )
    case 'session': {
      const left = secondsLeft(caller.entry, nowMs)
      return (
        <p>
          Temporary credentials from {caller.entry.issuedBy}, acting as <code className={code}>{caller.arn}</code>; signed with{' '}
          <code className={code}>{caller.id}</code> and its session token.{' '}
          <span className={left <= 0 ? 'font-semibold text-red-800 dark:text-red-300' : 'font-semibold'}>
            {left <= 0 ? '⚠ Expired: STS will answer ExpiredToken. ' : ''}
            {countdownText(left)}.
          </span>
        </p>
      )
    }
    case 'anonymous':
      return <p>No signature at all: only AssumeRoleWithSAML and AssumeRoleWithWebIdentity accept that, because the assertion or token they carry is the proof.</p>
  }
}

/** The wallet: long-term keys of the world, credentials issued in this browser, or nobody. */
export function CallerPicker({ groups, selected, clockOffsetMs, onChange }: CallerPickerProps) {
  const nowMs = useTickingNow(clockOffsetMs)
  return (
    <SelectField id="caller" label="Caller" value={selected?.id ?? ''} onChange={onChange} hint={<CallerHint caller={selected} nowMs={nowMs} />}>
      {selected === undefined && <option value="">Choose a caller</option>}
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.callers.map((caller) => (
            <option key={caller.id} value={caller.id}>
              {callerOptionLabel(caller, nowMs)}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  )
}
