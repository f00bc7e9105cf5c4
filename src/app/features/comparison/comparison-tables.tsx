// The two tables (the five classic operations, then the newer ones), their footnotes and the
// evidence of the opened cell.
import { useState } from 'react'
import { CLASSIC_OPERATIONS, NEWER_OPERATIONS } from '../../engine/sts-model.ts'
import type { ComparisonTable, StsExperiment } from '../../engine/types.ts'
import { cellExperiments, COLUMN_TITLES } from './cell-evidence.ts'
import { ComparisonTableView, type OpenedCell } from './comparison-table.tsx'
import { EvidencePanel } from './evidence-panel.tsx'
import { tableFootnotes, type Footnote } from './footnotes.ts'

interface ComparisonTablesProps {
  table: ComparisonTable
  onLoad: (experiment: StsExperiment) => void
  loading: boolean
  loadNotes: readonly string[]
  onGoToWorkbench: () => void
  /** Another cell's evidence was opened (or the evidence closed): notes about an earlier load no longer apply. */
  onCellChange: () => void
}

function Footnotes({ notes }: { notes: ReadonlyMap<string, Footnote> }) {
  if (notes.size === 0) return null
  return (
    <ol aria-label="Notes" className="flex flex-col gap-1 text-xs text-slate-700 dark:text-slate-300">
      {[...notes.values()].map((note) => (
        <li key={note.id} id={note.id} data-note={note.number}>
          <sup className="mr-1 font-semibold text-indigo-800 dark:text-indigo-300">{note.number}</sup>
          {note.text}
        </li>
      ))}
    </ol>
  )
}

export function ComparisonTables({ table, onLoad, loading, loadNotes, onGoToWorkbench, onCellChange }: ComparisonTablesProps) {
  const [opened, setOpened] = useState<OpenedCell | undefined>(undefined)
  const classic = table.rows.filter((row) => row.section === 'classic')
  const newer = table.rows.filter((row) => row.section === 'newer')
  const classicNotes = tableFootnotes(classic, 'classic')
  const newerNotes = tableFootnotes(newer, 'newer', classicNotes.size + 1)
  const toggle = (cell: OpenedCell) => {
    onCellChange()
    setOpened((now) => (now?.operation === cell.operation && now.column === cell.column ? undefined : cell))
  }

  const openRow = opened === undefined ? undefined : table.rows.find((row) => row.operation === opened.operation)
  const evidence =
    opened === undefined || openRow === undefined
      ? undefined
      : opened.column === 'unavailable'
        ? { title: `${openRow.operation} · why it is unavailable`, experiments: openRow.unavailable === undefined ? [] : [table.experiments[openRow.unavailable.experiment]].filter((e) => e !== undefined) }
        : { title: `${openRow.operation} · ${COLUMN_TITLES[opened.column]}`, experiments: cellExperiments(table, openRow, opened.column) }

  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="compare-classic-title" className="flex flex-col gap-2">
        <h3 id="compare-classic-title" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Comparing your API options
        </h3>
        <ComparisonTableView table={table} rows={classic} testId="comparison-table" operations={CLASSIC_OPERATIONS} caption="Comparing your API options" notes={classicNotes} opened={opened} onOpen={toggle} />
        <Footnotes notes={classicNotes} />
      </section>
      <section aria-labelledby="compare-newer-title" className="flex flex-col gap-2">
        <h3 id="compare-newer-title" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Newer operations
        </h3>
        <ComparisonTableView table={table} rows={newer} testId="newer-operations-table" operations={NEWER_OPERATIONS} caption="Newer operations" notes={newerNotes} opened={opened} onOpen={toggle} />
        <Footnotes notes={newerNotes} />
      </section>
      {evidence !== undefined && (
        <EvidencePanel
          title={evidence.title}
          experiments={evidence.experiments}
          onLoad={onLoad}
          loading={loading}
          loadNotes={loadNotes}
          onGoToWorkbench={onGoToWorkbench}
          onClose={() => {
            // Focus goes back to the button that opened the evidence.
            const { operation, column } = opened ?? {}
            setOpened(undefined)
            onCellChange()
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`tr[data-operation="${operation}"] [data-column="${column}"] [data-evidence-button]`)?.focus())
          }}
        />
      )}
    </div>
  )
}
