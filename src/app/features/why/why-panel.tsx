import { Panel } from '../../ui/panel.tsx'
import type { Exchange } from '../../state/exchange.ts'
import { statusTone, type StatusTone } from '../../ui/status-text.ts'
import { CheckList } from './check-list.tsx'
import { verdictSentence } from './verdict.ts'

/** The verdict's look per kind of answer: an icon shape as well as a colour. */
const tones: Record<StatusTone, { icon: string; className: string }> = {
  success: { icon: '✓', className: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100' },
  redirect: { icon: '↪', className: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100' },
  'client-error': { icon: '✗', className: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100' },
  'server-error': { icon: '!', className: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100' },
}

/** Why the engine answered as it did: a one-sentence verdict, then every check it made, in order. */
export function WhyPanel({ exchange }: { exchange: Exchange | undefined }) {
  const tone = exchange === undefined ? undefined : tones[statusTone(exchange.result.response.status)]
  return (
    <Panel id="why" title="Why" description="Each check the simulated STS made, in order, and the one that decided.">
      {/* Always in the page, so screen readers hear each new verdict; keyed by the exchange so a
          repeated verdict is announced again. */}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={tone === undefined ? 'sr-only' : `rounded-md border px-3 py-2 text-sm font-medium ${tone.className}`}
      >
        {exchange !== undefined && tone !== undefined && (
          <span key={exchange.id} className="flex gap-2">
            <span aria-hidden="true">{tone.icon}</span>
            <span>{verdictSentence(exchange.operation, exchange.result)}</span>
          </span>
        )}
      </p>
      {exchange === undefined ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400">
          After you send a request, the checks that decided the answer appear here.
        </p>
      ) : (
        <CheckList key={exchange.id} result={exchange.result} />
      )}
    </Panel>
  )
}
