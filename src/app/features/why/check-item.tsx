import type { Check } from '../../../engine/index.ts'

const outcomes: Record<Check['outcome'], { icon: string; word: string; iconClass: string }> = {
  pass: { icon: '✓', word: 'Passed', iconClass: 'bg-emerald-100 text-emerald-800' },
  fail: { icon: '✗', word: 'Failed', iconClass: 'bg-red-100 text-red-800' },
  skip: { icon: '–', word: 'Skipped', iconClass: 'bg-slate-200 text-slate-700' },
}

export function CheckItem({ check, deciding }: { check: Check; deciding: boolean }) {
  const { icon, word, iconClass } = outcomes[check.outcome]
  return (
    <li
      aria-current={deciding ? 'true' : undefined}
      className={`flex gap-2.5 rounded-md px-2.5 py-1.5 ${deciding ? 'bg-indigo-50 ring-2 ring-indigo-500' : ''}`}
    >
      <span aria-hidden="true" className={`mt-px flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${iconClass}`}>
        {icon}
      </span>
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="sr-only">{word}: </span>
          <span className="font-semibold text-slate-900">{check.title}</span>
          {deciding && (
            <span className="rounded-full bg-indigo-600 px-2 py-px text-xs font-semibold text-white">
              <span aria-hidden="true">★ </span>Decided the response
            </span>
          )}
        </p>
        <p className="text-slate-700 wrap-anywhere">
          {check.detail} <code className="font-mono text-xs text-slate-500">{check.id}</code>
        </p>
      </div>
    </li>
  )
}
