// One comparison table, laid out as AWS's "Comparing your API options": a row per operation, a column
// per question, each cell the answer in the table's words with a button that opens its evidence.
import type { ComparisonRow, ComparisonTable } from '../../engine/types.ts'
import { EvidenceButton, LifetimeLineItem, YesNo } from './cell-parts.tsx'
import { allowanceWords, restrictionWords, whoWords } from './cell-words.ts'
import { cellEvidenceIds, COLUMN_TITLES, COLUMNS, type Column } from './cell-evidence.ts'
import { footnoteKey, type Footnote } from './footnotes.ts'
import { UnavailableRow } from './unavailable-row.tsx'

/** A cell whose evidence is open; `unavailable` is the row-wide cell of an operation nobody could use. */
export interface OpenedCell {
  operation: string
  column: Column | 'unavailable'
}

interface ComparisonTableViewProps {
  table: ComparisonTable
  rows: readonly ComparisonRow[]
  /** The section's operations in AWS's order: one the engine returned no row for says so in its place. */
  operations: readonly string[]
  testId: string
  caption: string
  notes: ReadonlyMap<string, Footnote>
  opened: OpenedCell | undefined
  onOpen: (cell: OpenedCell) => void
}

/**
 * The operation's name, breakable between its words on a narrow screen only (Assume·Role·With·Web·
 * Identity): a zero-width space that is not rendered from the `sm` width up (Chromium breaks at a
 * <wbr> even in nowrap text).
 */
function OperationName({ name }: { name: string }) {
  const words = name.split(/(?=[A-Z][a-z])/)
  return words.map((word, index) => (
    <span key={index}>
      {index > 0 && <span className="sm:hidden">{'\u200B'}</span>}
      {word}
    </span>
  ))
}

/** The section's operations in order, then any row the engine gave for an operation not among them. */
function sectionOrder(operations: readonly string[], rows: readonly ComparisonRow[]): string[] {
  return [...operations, ...rows.map((row) => row.operation).filter((operation) => !operations.includes(operation))]
}

/** A cell no experiment could answer. */
function NotShown() {
  return <p className="text-slate-600 dark:text-slate-400">Not shown: no experiment could tell</p>
}

function CellBody({ row, column, notes }: { row: ComparisonRow; column: Column; notes: ReadonlyMap<string, Footnote> }) {
  switch (column) {
    case 'who': {
      const who = whoWords(row.operation, row.who)
      return (
        <>
          <p>{who.allowed}</p>
          {who.refused !== '' && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Refused: {who.refused}</p>}
        </>
      )
    }
    case 'lifetime':
      return (
        <ul className="flex flex-col gap-1">
          {row.lifetime.map((fact) => {
            const note = notes.get(footnoteKey(row.operation, fact.line))
            return <LifetimeLineItem key={fact.line} fact={fact} {...(note === undefined ? {} : { note })} />
          })}
        </ul>
      )
    case 'mfa':
      return row.mfa === undefined ? <NotShown /> : <YesNo value={row.mfa.supported} />
    case 'session-policy':
      return row.sessionPolicy === undefined ? <NotShown /> : <YesNo value={row.sessionPolicy.supported} />
    case 'restrictions': {
      const lines = [...restrictionWords(row.restrictions), ...allowanceWords(row.restrictions)]
      return lines.length === 0 ? <p className="text-slate-600 dark:text-slate-400">None found</p> : (
        <ul className="flex list-disc flex-col gap-1 pl-4">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )
    }
  }
}

export function ComparisonTableView({ table, rows, operations, testId, caption, notes, opened, onOpen }: ComparisonTableViewProps) {
  const isOpen = (operation: string, column: OpenedCell['column']) => opened?.operation === operation && opened.column === column
  return (
    // On a narrow screen the table scrolls sideways inside this frame, not the page.
    <>
      <p className="text-xs text-slate-600 sm:hidden dark:text-slate-400">
        <span aria-hidden="true">↔ </span>The table scrolls sideways; the operation stays in view.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" tabIndex={0} role="group" aria-label={`${caption} (scrolls sideways)`}>
        <table data-testid={testId} className="w-full min-w-[960px] border-collapse text-left text-sm text-slate-900 dark:text-slate-100">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 font-semibold dark:bg-slate-800">
                AWS STS API
              </th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-semibold">
                  {COLUMN_TITLES[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectionOrder(operations, rows).map((operation) => {
              const row = rows.find((candidate) => candidate.operation === operation)
              return (
                <tr key={operation} data-operation={operation} className="border-t border-slate-200 align-top dark:border-slate-700">
                  <th scope="row" className="sticky left-0 z-10 max-w-[8.5rem] bg-white px-3 py-3 font-mono text-sm font-semibold sm:max-w-none sm:whitespace-nowrap dark:bg-slate-900">
                    <OperationName name={operation} />
                  </th>
                  {row === undefined ? (
                    <td colSpan={COLUMNS.length} data-column="missing" className="px-3 py-3 text-slate-700 dark:text-slate-300">
                      <p className="max-w-[min(48rem,calc(100vw_-_15rem))]">
                        <span aria-hidden="true">⊘ </span>Not computed: the engine returned no row for {operation} with this world and these picks.
                      </p>
                    </td>
                  ) : row.unavailable !== undefined ? (
                    <UnavailableRow
                      table={table}
                      experimentId={row.unavailable.experiment}
                      span={COLUMNS.length}
                      open={isOpen(operation, 'unavailable')}
                      onOpen={() => onOpen({ operation, column: 'unavailable' })}
                      operation={operation}
                    />
                  ) : (
                    COLUMNS.map((column) => (
                      <td key={column} data-column={column} className="px-3 py-3">
                        <CellBody row={row} column={column} notes={notes} />
                        <EvidenceButton
                          about={`${operation}, ${COLUMN_TITLES[column]}`}
                          count={cellEvidenceIds(row, column).length}
                          open={isOpen(operation, column)}
                          onOpen={() => onOpen({ operation, column })}
                        />
                      </td>
                    ))
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
