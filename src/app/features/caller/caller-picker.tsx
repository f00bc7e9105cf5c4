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
  /** Forgets one wallet entry (the issued credentials). */
  onForget: (accessKeyId: string) => void
  /** Forgets every wallet entry expired at this engine-clock instant. */
  onForgetExpired: (nowMs: number) => void
  /** Opens what the selected caller may do (the Policies view); no button without it. */
  onExplore?: (caller: CallerOption) => void
}

const smallButton =
  'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

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
export function CallerPicker({ groups, selected, clockOffsetMs, onChange, onForget, onForgetExpired, onExplore }: CallerPickerProps) {
  const nowMs = useTickingNow(clockOffsetMs)
  const expired = groups.flatMap((group) => group.callers).filter((caller) => caller.kind === 'session' && caller.entry.expiresAt <= nowMs).length
  return (
    <div className="flex flex-col gap-2">
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
    {(selected?.kind === 'session' || selected?.kind === 'long-term' || expired > 0) && (
      <div className="flex flex-wrap gap-2">
        {onExplore !== undefined && selected !== undefined && selected.kind !== 'anonymous' && (
          <button type="button" className={smallButton} onClick={() => onExplore(selected)}>
            What can this caller do?
          </button>
        )}
        {selected?.kind === 'session' && (
          <button type="button" className={smallButton} onClick={() => onForget(selected.id)}>
            Forget these credentials
          </button>
        )}
        {expired > 0 && (
          <button type="button" className={smallButton} onClick={() => onForgetExpired(nowMs)}>
            Forget {expired} expired
          </button>
        )}
      </div>
    )}
    </div>
  )
}
