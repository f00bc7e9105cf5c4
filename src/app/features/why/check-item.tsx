import type { Check } from '../../engine/types.ts'

/** Each outcome has its own icon shape and word, so colour is never the only signal. */
const outcomes: Record<Check['outcome'], { icon: string; word: string; iconClass: string; wordClass: string }> = {
  pass: {
    icon: '✓',
    word: 'Passed',
    iconClass: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200',
    wordClass: 'text-emerald-800 dark:text-emerald-300',
  },
  fail: {
    icon: '✗',
    word: 'Failed',
    iconClass: 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-200',
    wordClass: 'text-red-800 dark:text-red-300',
  },
  skip: {
    icon: '–',
    word: 'Skipped',
    iconClass: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
    wordClass: 'text-slate-600 dark:text-slate-400',
  },
}

interface CheckItemProps {
  check: Check
  /** Its place in the whole run, from 0 (the list may be folded, so the number is set explicitly). */
  index: number
  deciding: boolean
}

/** One check: step number, outcome (icon and word), title, detail; the deciding one stands out and says so. */
export function CheckItem({ check, index, deciding }: CheckItemProps) {
  const { icon, word, iconClass, wordClass } = outcomes[check.outcome]
  return (
    <li
      value={index + 1}
      className={`flex gap-2.5 rounded-md px-2.5 py-1.5 ${deciding ? 'bg-indigo-50 ring-2 ring-indigo-600 dark:bg-indigo-950 dark:ring-indigo-400' : ''}`}
    >
      <span aria-hidden="true" className={`mt-px flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${iconClass}`}>
        {icon}
      </span>
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{index + 1}.</span>
          <span className="font-semibold text-slate-900 dark:text-slate-100">{check.title}</span>
          <span className={`text-xs font-semibold ${wordClass}`}>{word}</span>
          {deciding && (
            <span className="rounded-full bg-indigo-700 px-2 py-px text-xs font-semibold text-white">
              <span aria-hidden="true">★ </span>Decided the answer
            </span>
          )}
        </p>
        <p className="text-slate-700 wrap-anywhere dark:text-slate-300">
          {check.detail} <code className="font-mono text-xs text-slate-600 dark:text-slate-400">{check.id}</code>
        </p>
      </div>
    </li>
  )
}
