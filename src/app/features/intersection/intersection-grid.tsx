// The layer grid: one row per action (and resource), one column per layer in AWS's order, then the
// final decision. Each cell is a button that opens the statement-level trace of its row.
import type { GridLayer, GridRow } from '../../engine/types.ts'
import { GridCellButton } from './grid-cell-button.tsx'
import { GRID_COLUMNS, LAYER_TITLES } from './verdict-words.ts'

export interface OpenCell {
  action: string
  resource: string
  layer: GridLayer
}

interface IntersectionGridProps {
  rows: readonly GridRow[]
  /** The request named a resource: rows carry data-resource. */
  resourceSet: boolean
  hypothetical: boolean
  open: OpenCell | undefined
  onOpen: (cell: OpenCell) => void
  /** Across accounts: whose policies each column reads (the caller's side, the resource's side). */
  accounts?: { caller: string; resource: string }
}

/** The side of a cross-account request each layer belongs to: the resource's account for RCPs and the resource policy, the caller's for the rest. */
function accountOf(layer: GridLayer, accounts: { caller: string; resource: string }): string | undefined {
  if (layer === 'rcp' || layer === 'resource') return accounts.resource
  if (layer === 'scp' || layer === 'identity' || layer === 'boundary' || layer === 'session') return accounts.caller
  return undefined
}

/** `s3:` then the action's name, which may go to the next line on a phone, never mid-word. */
function ActionName({ action }: { action: string }) {
  const colon = action.indexOf(':')
  if (colon < 0) return <>{action}</>
  return (
    <>
      {action.slice(0, colon + 1)}
      <wbr />
      {action.slice(colon + 1)}
    </>
  )
}

export function IntersectionGrid({ rows, resourceSet, hypothetical, open, onOpen, accounts }: IntersectionGridProps) {
  const caption = hypothetical ? 'What the policies allow, per action and layer (hypothetical: a what-if is on)' : 'What the policies allow, per action and layer'
  return (
    <div className="max-w-full scroll-pl-[8.5rem] overflow-x-auto rounded-lg border border-slate-200 sm:scroll-pl-[12rem] dark:border-slate-700" tabIndex={0} role="group" aria-label={`${caption} (scrolls sideways)`}>
      <table data-testid="intersection-grid" data-hypothetical={hypothetical ? 'true' : 'false'} className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 font-semibold dark:bg-slate-800">
              Action
            </th>
            {GRID_COLUMNS.map((layer) => (
              <th key={layer} scope="col" className={`px-2 py-2 font-semibold ${layer === 'final' ? 'border-l-2 border-slate-400 dark:border-slate-500' : ''}`}>
                {LAYER_TITLES[layer]}
                {accounts !== undefined && accountOf(layer, accounts) !== undefined && (
                  <span className="block font-mono font-normal text-slate-600 dark:text-slate-400" data-account={accountOf(layer, accounts)}>
                    {accountOf(layer, accounts)}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.action} ${row.resource}`} data-action={row.action} data-resource={resourceSet ? row.resource : undefined} className="border-t border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="sticky left-0 z-10 w-[8.5rem] min-w-[8.5rem] bg-white px-3 py-2 text-left font-mono text-xs font-semibold wrap-break-word sm:w-auto sm:max-w-[12rem] dark:bg-slate-900">
                <ActionName action={row.action} />
                <span className="block font-sans font-normal text-slate-600 dark:text-slate-400">{row.accessLevel}</span>
                {row.restriction !== undefined && (
                  <span data-testid="credentials-restriction" className="mt-1 block font-sans font-semibold text-red-900 dark:text-red-200">
                    <span aria-hidden="true">✖ </span>
                    These credentials cannot call it whatever the policies say ({row.restriction.fault.code}): {row.restriction.why}
                  </span>
                )}
              </th>
              {GRID_COLUMNS.map((layer) => {
                const cell = row.cells.find((c) => c.layer === layer)
                return (
                  <td key={layer} data-layer={layer} data-verdict={cell?.verdict} className={`px-1.5 py-1.5 ${layer === 'final' ? 'border-l-2 border-slate-400 dark:border-slate-500' : ''}`}>
                    {cell !== undefined && (
                      <GridCellButton
                        action={row.action}
                        cell={cell}
                        selected={open !== undefined && open.action === row.action && open.resource === row.resource && open.layer === layer}
                        onOpen={() => onOpen({ action: row.action, resource: row.resource, layer })}
                      />
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
