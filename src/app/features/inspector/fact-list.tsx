import type { ReactNode } from 'react'

export interface Fact {
  term: string
  /** Undefined is shown as "absent", in words. */
  value: ReactNode | undefined
  /** A second line, e.g. the NameID Format. */
  detail?: ReactNode
}

/** Name → value pairs, stacked so they fit a narrow column. */
export function FactList({ facts, label }: { facts: readonly Fact[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(8rem,auto)_minmax(0,1fr)]">
      {facts.map((fact) => (
        <div key={fact.term} className="contents">
          <dt className="font-medium text-slate-700 dark:text-slate-300">{fact.term}</dt>
          <dd className="min-w-0 font-mono text-[13px] wrap-anywhere text-slate-900 dark:text-slate-100">
            {fact.value ?? <span className="font-sans text-slate-600 italic dark:text-slate-400">absent</span>}
            {fact.detail !== undefined && <div className="font-sans text-xs text-slate-600 dark:text-slate-400">{fact.detail}</div>}
          </dd>
        </div>
      ))}
    </dl>
  )
}
