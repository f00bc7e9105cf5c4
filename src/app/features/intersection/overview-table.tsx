// The overview: per service, how many actions each layer allows and how many survive them all,
// for the access levels chosen.
import { useState } from 'react'
import type { AccessLevel, OverviewRow, PolicyGridLayer } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { LAYER_TITLES } from './verdict-words.ts'

export const POLICY_LAYERS: readonly PolicyGridLayer[] = ['rcp', 'scp', 'resource', 'identity', 'boundary', 'session']
export const ACCESS_LEVELS: readonly AccessLevel[] = ['List', 'Read', 'Write', 'Permissions management', 'Tagging']

interface AccessLevelFilterProps {
  chosen: readonly AccessLevel[]
  onChange: (chosen: AccessLevel[]) => void
}

export function AccessLevelFilter({ chosen, onChange }: AccessLevelFilterProps) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="mb-1 font-medium">Access levels counted</legend>
      {ACCESS_LEVELS.map((level) => (
        <label key={level} className="inline-flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={chosen.includes(level)}
            onChange={(event) => onChange(event.target.checked ? ACCESS_LEVELS.filter((l) => l === level || chosen.includes(l)) : chosen.filter((l) => l !== level))}
          />
          {level}
        </label>
      ))}
    </fieldset>
  )
}

function Row({ row, header }: { row: OverviewRow; header: boolean }) {
  const Cell = header ? 'th' : 'td'
  return (
    <tr data-service={row.service} className={`border-t border-slate-200 dark:border-slate-700 ${header ? 'font-semibold' : ''}`}>
      <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-1.5 text-left font-normal dark:bg-slate-900">
        <span className="font-semibold">{row.serviceName}</span> <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{row.service}</span>
      </th>
      <Cell className="px-2 py-1.5 text-right tabular-nums">{row.total}</Cell>
      {POLICY_LAYERS.map((layer) => (
        <Cell key={layer} data-layer={layer} className="px-2 py-1.5 text-right tabular-nums">
          {row.allowedBy[layer]}
        </Cell>
      ))}
      <Cell data-layer="final" className="border-l-2 border-slate-400 px-2 py-1.5 text-right font-semibold tabular-nums dark:border-slate-500">
        {row.survive}
      </Cell>
    </tr>
  )
}

/**
 * Shown before "Show all": the services an identity policy grants something of, or whose actions survive
 * (a resource policy alone), most survivors first. A layer the caller does not have counts every action.
 */
export const FIRST_SERVICES = 20

export function servicesWithAllows(rows: readonly OverviewRow[]): OverviewRow[] {
  return rows
    .filter((row) => row.allowedBy.identity > 0 || row.survive > 0)
    .sort((a, b) => b.survive - a.survive || b.allowedBy.identity - a.allowedBy.identity)
    .slice(0, FIRST_SERVICES)
}

export function OverviewTable({ rows, totals }: { rows: readonly OverviewRow[]; totals: OverviewRow }) {
  const [all, setAll] = useState(false)
  const some = servicesWithAllows(rows)
  const shown = all ? rows : some
  return (
    <div className="flex flex-col gap-2">
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      {all
        ? `All ${rows.length} services, A to Z.`
        : `${some.length} of ${rows.length} services: those an identity policy grants actions of or that survive, most survivors first (at most ${FIRST_SERVICES}); the totals count them all.`}
      <button type="button" className={secondaryButton} onClick={() => setAll(!all)}>
        {all ? 'Only the services with allows' : `Show all ${rows.length} services`}
      </button>
    </p>
    <div className="max-w-full overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" tabIndex={0} role="group" aria-label="Actions allowed per service and layer (scrolls sideways)">
      <table data-testid="intersection-overview" className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Actions allowed per service: by each layer, and those that survive every layer</caption>
        <thead className="bg-slate-50 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 text-left dark:bg-slate-800">
              Service
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Actions
            </th>
            {POLICY_LAYERS.map((layer) => (
              <th key={layer} scope="col" className="px-2 py-2 text-right">
                {LAYER_TITLES[layer]} allows
              </th>
            ))}
            <th scope="col" className="border-l-2 border-slate-400 px-2 py-2 text-right dark:border-slate-500">
              Survive
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <Row key={row.service} row={row} header={false} />
          ))}
        </tbody>
        <tfoot>
          <Row row={totals} header />
        </tfoot>
      </table>
    </div>
    </div>
  )
}
