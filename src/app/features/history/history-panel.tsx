import { useRef, useState } from 'react'
import { Panel } from '../../ui/panel.tsx'
import type { Exchange } from '../../state/exchange.ts'
import { ClearHistoryButton } from './clear-history-button.tsx'
import { MAX_PICKS, pickedExchanges, togglePick } from './compare-picks.ts'
import { HistoryComparison } from './history-comparison.tsx'
import { diffExchanges } from './history-diff.ts'
import { HistoryEntry, secondaryButton } from './history-entry.tsx'

interface HistoryPanelProps {
  /** The session's exchanges, oldest first (the list shows them newest first). */
  entries: readonly Exchange[]
  /** The exchange the Response panel shows. */
  selectedId: string | undefined
  /** Show that exchange's response again. */
  onSelect: (id: string) => void
  /** Put its request back into the form. */
  onRestore: (exchange: Exchange) => void
  onClear: () => void
}

const PICK_HINT_ID = 'history-compare-hint'

function pickHint(picked: readonly Exchange[]): string {
  const [first, second] = picked
  if (first === undefined) return 'Tick Compare on two requests to see what differs between them.'
  if (second === undefined) return `#${first.id} ticked: tick one more request to compare.`
  return `Comparing #${first.id} with #${second.id}, below the list. Untick one to pick another.`
}

/** Every request and response of the session: show one again, restore it into the form, compare two. */
export function HistoryPanel({ entries, selectedId, onSelect, onRestore, onClear }: HistoryPanelProps) {
  const [picks, setPicks] = useState<readonly string[]>([])
  // After clearing, the list and its buttons are gone: focus lands on the empty state, not on <body>.
  const focusEmptyState = useRef(false)

  const picked = pickedExchanges(picks, entries)
  const pickedIds = picked.map((exchange) => exchange.id)
  const [first, second] = picked
  const diff = first !== undefined && second !== undefined ? diffExchanges(first, second) : undefined
  const newestFirst = [...entries].reverse()

  return (
    <Panel id="history" title="History" description="Every request and response of this session: show one again, restore it into the form, or compare two.">
      {entries.length === 0 ? (
        <p
          tabIndex={-1}
          ref={(node) => {
            if (node !== null && focusEmptyState.current) {
              focusEmptyState.current = false
              node.focus()
            }
          }}
          className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400"
        >
          Requests you send appear here.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p id={PICK_HINT_ID} aria-live="polite" className="min-w-0 flex-1 basis-56 text-sm text-slate-600 dark:text-slate-400">
              {pickHint(picked)}
            </p>
            <ClearHistoryButton
              count={entries.length}
              onClear={() => {
                focusEmptyState.current = true
                setPicks([])
                onClear()
              }}
            />
          </div>
          <div className="-mx-1 max-h-[32rem] overflow-y-auto px-1 py-1">
            <ol aria-label="Sent requests" className="flex flex-col gap-2">
              {newestFirst.map((exchange) => {
                const isPicked = pickedIds.includes(exchange.id)
                return (
                  <HistoryEntry
                    key={exchange.id}
                    exchange={exchange}
                    selected={exchange.id === selectedId}
                    picked={isPicked}
                    pickBlocked={!isPicked && pickedIds.length >= MAX_PICKS}
                    pickHintId={PICK_HINT_ID}
                    onSelect={onSelect}
                    onRestore={onRestore}
                    onPickChange={(id, checked) => setPicks(togglePick(pickedIds, id, checked))}
                  />
                )
              })}
            </ol>
          </div>
          {diff !== undefined && (
            <section aria-labelledby="history-comparison-title" className="flex flex-col gap-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id="history-comparison-title" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                  Comparison
                </h3>
                <button type="button" className={secondaryButton} onClick={() => setPicks([])}>
                  Stop comparing
                </button>
              </div>
              <HistoryComparison diff={diff} />
            </section>
          )}
        </>
      )}
    </Panel>
  )
}
