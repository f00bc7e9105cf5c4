import type { EngineResult } from '../../engine/types.ts'
import { outcomeOf, type OutcomeTone } from './history-summary.ts'

const toneClasses: Record<OutcomeTone, string> = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200',
  redirect: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200',
  'client-error': 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-200',
  'server-error': 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
}

/** `✓ 200`, `✗ 403 AccessDenied`: the icon shape and the words carry the outcome, the colour only repeats it. */
export function OutcomeBadge({ result }: { result: Pick<EngineResult, 'response' | 'fault'> }) {
  const { tone, icon, word, text } = outcomeOf(result)
  return (
    <span className={`inline-flex max-w-full shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 font-mono text-xs font-semibold wrap-anywhere ${toneClasses[tone]}`}>
      <span aria-hidden="true">{icon}</span>
      <span className="sr-only">{word}: </span>
      {text}
    </span>
  )
}
