import { useState } from 'react'
import type { EngineResult } from '../../engine/types.ts'
import { CheckItem } from './check-item.tsx'
import { startsFolded, visibleChecks } from './verdict.ts'

/**
 * Every check of one answer, in order. A long run (some operations make 20+ checks) starts folded:
 * passed checks hide behind a toggle while failures, skips and the deciding check stay in view.
 * Mount it with a key per answer so the fold resets for each new one.
 */
export function CheckList({ result }: { result: Pick<EngineResult, 'checks' | 'decidingIndex'> }) {
  const { checks } = result
  const [showAll, setShowAll] = useState(!startsFolded(checks.length))
  const deciding = result.decidingIndex ?? -1
  const shown = visibleChecks(checks, deciding, showAll)
  const foldable = startsFolded(checks.length) && visibleChecks(checks, deciding, false).length < checks.length
  const hidden = checks.length - shown.length

  if (checks.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">The engine made no checks for this request.</p>
  }
  return (
    <div className="flex flex-col gap-2">
      {foldable && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <button
            type="button"
            aria-expanded={showAll}
            aria-controls="why-checks"
            onClick={() => setShowAll(!showAll)}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 font-medium text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          >
            {showAll ? 'Show only failures and the deciding check' : `Show all ${checks.length} checks`}
          </button>
          {hidden > 0 && (
            <span className="text-slate-600 dark:text-slate-400">
              {hidden} passed {hidden === 1 ? 'check' : 'checks'} hidden
            </span>
          )}
        </div>
      )}
      <ol id="why-checks" className="flex flex-col gap-1" aria-label="Checks">
        {shown.map(({ check, index }) => (
          <CheckItem key={`${index}-${check.id}`} check={check} index={index} deciding={index === deciding} />
        ))}
      </ol>
    </div>
  )
}
