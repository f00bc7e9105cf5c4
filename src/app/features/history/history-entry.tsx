import type { Exchange } from '../../state/exchange.ts'
import { clockTime } from '../../ui/clock-text.ts'
import { OutcomeBadge } from './outcome-badge.tsx'

interface HistoryEntryProps {
  exchange: Exchange
  /** Whether the Response panel shows this exchange. */
  selected: boolean
  /** Ticked for the comparison. */
  picked: boolean
  /** Two other entries are ticked already: this one cannot be until one is unticked. */
  pickBlocked: boolean
  /** Id of the text explaining why a tick is blocked, for aria-describedby. */
  pickHintId: string
  onSelect: (id: string) => void
  onRestore: (exchange: Exchange) => void
  onPickChange: (id: string, picked: boolean) => void
}

export const secondaryButton =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-xs hover:bg-slate-50 active:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 dark:active:bg-slate-600'

/** One sent request: number, operation, caller, outcome and time, with its three actions. */
export function HistoryEntry({ exchange, selected, picked, pickBlocked, pickHintId, onSelect, onRestore, onPickChange }: HistoryEntryProps) {
  const { id, operation, callerLabel, result, sentAt } = exchange
  const checkboxId = `history-compare-${id}`
  return (
    <li
      aria-current={selected ? 'true' : undefined}
      className={`flex flex-col gap-1.5 rounded-lg border p-3 ${
        selected ? 'border-indigo-500 bg-indigo-50 ring-1 ring-indigo-500 dark:border-indigo-400 dark:bg-indigo-950/50 dark:ring-indigo-400' : 'border-slate-200 dark:border-slate-700'
      }`}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <p className="flex min-w-0 items-baseline gap-2">
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
            <span className="sr-only">Request </span>#{id}
          </span>
          <span className="font-mono text-sm font-semibold wrap-anywhere text-slate-900 dark:text-slate-100">{operation}</span>
        </p>
        <OutcomeBadge result={result} />
      </div>
      <p className="font-mono text-xs wrap-anywhere text-slate-700 dark:text-slate-300">
        <span className="sr-only">Caller: </span>
        {callerLabel}
      </p>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>
          Sent <time dateTime={new Date(sentAt).toISOString()}>{clockTime(sentAt)}</time>
        </span>
        {selected && (
          <span className="rounded-full bg-indigo-600 px-2 py-px font-semibold text-white dark:bg-indigo-300 dark:text-indigo-950">
            <span aria-hidden="true">▶ </span>Shown in Response
          </span>
        )}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <button type="button" className={secondaryButton} aria-label={`Show request ${id}'s response`} onClick={() => onSelect(id)}>
          Show
        </button>
        <button type="button" className={secondaryButton} aria-label={`Restore request ${id} into the form`} onClick={() => onRestore(exchange)}>
          Restore
        </button>
        <label
          htmlFor={checkboxId}
          className={`inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm ${pickBlocked ? 'text-slate-600 dark:text-slate-400' : 'cursor-pointer text-slate-800 dark:text-slate-200'}`}
        >
          <input
            id={checkboxId}
            type="checkbox"
            className="size-4 accent-indigo-600 dark:accent-indigo-400"
            checked={picked}
            disabled={pickBlocked}
            aria-describedby={pickBlocked ? pickHintId : undefined}
            onChange={(event) => onPickChange(id, event.target.checked)}
          />
          Compare<span className="sr-only"> request {id}</span>
        </label>
      </div>
    </li>
  )
}
