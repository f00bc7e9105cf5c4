// The cells of an operation nobody in this world could get credentials from: why, in the words of
// the first refusal (its fault and the check that decided it), with that experiment as evidence.
import type { ComparisonTable } from '../../engine/types.ts'
import { EvidenceButton } from './cell-parts.tsx'
import { experimentSummary } from './experiment-summary.ts'

interface UnavailableRowProps {
  table: ComparisonTable
  operation: string
  experimentId: string
  span: number
  open: boolean
  onOpen: () => void
}

export function UnavailableRow({ table, operation, experimentId, span, open, onOpen }: UnavailableRowProps) {
  const experiment = table.experiments[experimentId]
  const summary = experiment === undefined ? undefined : experimentSummary(experiment)
  const fault = summary?.outcome.kind === 'fault' ? summary.outcome : undefined
  return (
    <td colSpan={span} data-column="unavailable" className="px-3 py-3">
      {/* Narrow enough to read on a phone without scrolling the table sideways. */}
      <div className="max-w-[min(48rem,calc(100vw_-_15rem))]">
        <p className="font-semibold">
          <span aria-hidden="true">⊘ </span>
          Unavailable in this world
        </p>
        {fault !== undefined && (
          <p className="mt-1" data-fault={fault.code}>
            {summary?.purpose}: <span className="font-mono font-semibold">{fault.code}</span>
            {fault.message !== undefined && <span className="wrap-anywhere">: {fault.message}</span>}
          </p>
        )}
        {summary?.decidingCheck !== undefined && (
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
            Decided by: {summary.decidingCheck.title}. {summary.decidingCheck.detail}
          </p>
        )}
        <EvidenceButton about={`${operation}, why it is unavailable`} count={experiment === undefined ? 0 : 1} open={open} onOpen={onOpen} />
      </div>
    </td>
  )
}
