import type { Exchange } from '../../state/exchange.ts'
import { clockTime } from '../../ui/clock-text.ts'
import { requestHost } from './exchange-summary.ts'
import { StatusBadge } from './status-badge.tsx'

/** One line saying what was sent, as whom, where and when, with the answer's status. */
export function ResponseSummary({ exchange }: { exchange: Exchange }) {
  const facts: { term: string; value: string; time?: string }[] = [
    { term: 'Operation', value: exchange.operation },
    { term: 'Caller', value: exchange.callerLabel },
    { term: 'Endpoint', value: requestHost(exchange.request, exchange.endpoint) },
    { term: 'Sent', value: clockTime(exchange.sentAt), time: new Date(exchange.sentAt).toISOString() },
  ]
  return (
    <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
      <StatusBadge status={exchange.result.response.status} />
      <dl className="flex min-w-0 flex-1 flex-wrap gap-x-4 gap-y-1 text-xs">
        {facts.map(({ term, value, time }) => (
          <div key={term} className="flex min-w-0 gap-1.5">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="min-w-0 font-mono text-slate-900 wrap-anywhere dark:text-slate-100">{time === undefined ? value : <time dateTime={time}>{value}</time>}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
