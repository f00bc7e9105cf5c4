import { useId, useState } from 'react'
import { useTickingNow } from '../../ui/use-ticking-now.ts'
import { offsetText, parseUtcInput, utcInputValue, utcText } from '../../ui/clock-text.ts'
import { CLOCK_OFFSET_LIMIT_MS } from '../../state/state-limits.ts'

interface ClockControlProps {
  offsetMs: number
  /** Sets the offset of the engine clock from the wall clock. */
  onOffset: (offsetMs: number) => void
}

const STEPS = [
  ['+15 min', 15 * 60_000],
  ['+1 h', 3_600_000],
  ['+12 h', 12 * 3_600_000],
] as const

const button =
  'min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-50 disabled:text-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 dark:disabled:text-slate-400'

/** The engine's virtual time: shown, advanced in steps, set to an instant, or put back to real time. */
export function ClockControl({ offsetMs, onOffset }: ClockControlProps) {
  const nowMs = useTickingNow(offsetMs)
  const inputId = useId()
  const [chosen, setChosen] = useState('')
  const chosenMs = parseUtcInput(chosen)
  const realNowMs = nowMs - offsetMs
  const outOfRange = chosenMs !== undefined && Math.abs(chosenMs - realNowMs) > CLOCK_OFFSET_LIMIT_MS
  return (
    <section aria-labelledby={`${inputId}-title`} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <h2 id={`${inputId}-title`} className="sr-only">
        Engine clock
      </h2>
      <p className="text-sm">
        <span className="text-slate-600 dark:text-slate-400">Engine clock </span>
        <time dateTime={new Date(nowMs).toISOString()} data-testid="engine-clock" className="font-mono font-semibold text-slate-900 dark:text-slate-100">
          {utcText(nowMs)}
        </time>{' '}
        <span className={offsetMs === 0 ? 'text-slate-600 dark:text-slate-400' : 'font-medium text-amber-800 dark:text-amber-300'}>({offsetText(offsetMs)})</span>
      </p>
      <div role="group" aria-label="Advance the engine clock" className="flex gap-1.5">
        {STEPS.map(([label, ms]) => (
          <button key={label} type="button" className={button} onClick={() => onOffset(offsetMs + ms)} aria-label={`Advance the clock ${label.slice(1)}`}>
            {label}
          </button>
        ))}
      </div>
      <form
        className="flex items-center gap-1.5"
        onSubmit={(event) => {
          event.preventDefault()
          if (chosenMs !== undefined && !outOfRange) onOffset(chosenMs - realNowMs)
        }}
      >
        <label htmlFor={inputId} className="text-xs text-slate-600 dark:text-slate-400">
          Set to (UTC)
        </label>
        <input
          id={inputId}
          type="datetime-local"
          value={chosen}
          placeholder={utcInputValue(nowMs)}
          min={utcInputValue(realNowMs - CLOCK_OFFSET_LIMIT_MS)}
          max={utcInputValue(realNowMs + CLOCK_OFFSET_LIMIT_MS)}
          aria-invalid={outOfRange}
          aria-describedby={outOfRange ? `${inputId}-range` : undefined}
          onChange={(event) => setChosen(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:[color-scheme:dark]"
        />
        <button type="submit" className={button} disabled={chosenMs === undefined || outOfRange}>
          Set clock
        </button>
        {outOfRange && (
          <span id={`${inputId}-range`} role="status" className="text-xs text-red-800 dark:text-red-300">
            The clock moves at most 100 years from real time.
          </span>
        )}
      </form>
      <button type="button" className={button} disabled={offsetMs === 0} onClick={() => onOffset(0)}>
        Real time
      </button>
    </section>
  )
}
