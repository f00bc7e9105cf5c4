// Above the grid: who is asking, from which account, against which account's resource policies,
// and a plain mark when what is shown is hypothetical.
import type { GridResult } from '../../engine/types.ts'

type OkGrid = Extract<GridResult, { ok: true }>

export function GridSummary({ grid, resource }: { grid: OkGrid; resource: string | undefined }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt className="font-medium text-slate-600 dark:text-slate-400">Caller</dt>
        <dd className="font-mono text-xs wrap-anywhere sm:self-center">{grid.caller.arn}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">Caller’s account</dt>
        <dd className="font-mono text-xs sm:self-center">{grid.caller.account}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">Resource</dt>
        <dd className="font-mono text-xs wrap-anywhere sm:self-center">{resource ?? '* (every statement counts whatever its Resource; no resource policy)'}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">Resource’s account</dt>
        <dd className="font-mono text-xs sm:self-center">
          {grid.resourceAccount}
          {grid.crossAccount && (
            <span data-testid="cross-account" className="ml-2 rounded-full border border-indigo-400 px-2 py-px font-sans font-semibold text-indigo-900 dark:border-indigo-500 dark:text-indigo-100">
              <span aria-hidden="true">⇄ </span>Cross-account: both accounts must allow
            </span>
          )}
        </dd>
      </dl>
      {grid.hypothetical && (
        <p data-testid="hypothetical-mark" className="rounded-md border-2 border-dashed border-amber-500 bg-amber-50 px-3 py-2 font-semibold text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
          <span aria-hidden="true">⚗ </span>Hypothetical: a what-if is on. This is not what the credentials can do in the world.
        </p>
      )}
    </div>
  )
}
