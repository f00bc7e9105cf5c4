// One cell of the layer grid: its verdict as a symbol and words (the statement that decided, the
// missing keys), the engine's note where the layer's part is special; pressing it opens the trace.
import type { GridCell } from '../../engine/types.ts'
import { cellLabel, cellText, VERDICT_CLASSES, VERDICT_SYMBOLS } from './verdict-words.ts'

interface GridCellButtonProps {
  action: string
  cell: GridCell
  selected: boolean
  onOpen: () => void
}

export function GridCellButton({ action, cell, selected, onOpen }: GridCellButtonProps) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={cellLabel(action, cell)}
      aria-pressed={selected}
      className={`flex w-full min-w-[6.5rem] flex-col items-start gap-0.5 rounded-md border px-2 py-1.5 text-left text-xs ${VERDICT_CLASSES[cell.verdict]} ${selected ? 'ring-2 ring-indigo-600 ring-offset-1 dark:ring-indigo-400' : ''}`}
    >
      <span className="flex items-start gap-1 font-semibold">
        <span aria-hidden="true">{VERDICT_SYMBOLS[cell.verdict]}</span>
        <span>{cellText(cell)}</span>
      </span>
      {cell.statement !== undefined && <span className="font-mono wrap-anywhere opacity-90">{cell.statement.policy}</span>}
      {cell.note !== undefined && (
        <span className="mt-0.5 border-t border-current/30 pt-0.5 font-medium italic">{cell.note}</span>
      )}
    </button>
  )
}
