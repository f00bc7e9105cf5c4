import type { Exchange } from '../../state/exchange.ts'
import { differenceText, type Difference, type DiffRow, type ExchangeDiff } from './history-diff.ts'

const differenceStyles: Record<Difference, { icon: string; className: string }> = {
  same: { icon: '=', className: 'text-slate-600 dark:text-slate-400' },
  changed: { icon: '≠', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
  'only-first': { icon: '−', className: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200' },
  'only-second': { icon: '+', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' },
}

function DifferenceTag({ difference, first, second }: { difference: Difference; first: Exchange; second: Exchange }) {
  const { icon, className } = differenceStyles[difference]
  return (
    <span className={`mt-0.5 inline-flex w-fit items-center gap-1 rounded px-1.5 py-px text-xs font-semibold ${className}`}>
      <span aria-hidden="true">{icon}</span>
      {differenceText(difference, first, second)}
    </span>
  )
}

/** A missing value is said in words: a parameter "not sent" is not the same as one sent empty. */
function Value({ value, missing, prose = false }: { value: string | undefined; missing: string; prose?: boolean }) {
  if (value === undefined) return <span className="text-slate-600 italic dark:text-slate-400">({missing})</span>
  if (value === '') return <span className="text-slate-600 italic dark:text-slate-400">(empty)</span>
  return <span className={`wrap-anywhere text-slate-900 dark:text-slate-100 ${prose ? 'text-sm' : 'font-mono text-xs'}`}>{value}</span>
}

const cell = 'border-t border-slate-200 px-2 py-2 align-top dark:border-slate-700'

function Row({ row, diff, missing }: { row: DiffRow; diff: ExchangeDiff; missing: string }) {
  const differs = row.difference !== 'same'
  // The deciding check is a sentence (its title), not wire text.
  const prose = row.key === 'deciding-check'
  return (
    <tr className={differs ? 'bg-amber-50/60 dark:bg-amber-950/20' : undefined}>
      <th scope="row" className={`${cell} text-left font-medium`}>
        <span className="flex flex-col">
          <span className={`wrap-anywhere text-slate-900 dark:text-slate-100 ${row.key.startsWith('parameter:') ? 'font-mono text-xs' : 'text-sm'}`}>{row.label}</span>
          <DifferenceTag difference={row.difference} first={diff.first} second={diff.second} />
        </span>
      </th>
      <td className={cell}>
        <Value value={row.first} missing={missing} prose={prose} />
      </td>
      <td className={cell}>
        <Value value={row.second} missing={missing} prose={prose} />
      </td>
    </tr>
  )
}

function GroupHeading({ children }: { children: string }) {
  return (
    <tr>
      <th scope="rowgroup" colSpan={3} className="bg-slate-100 px-2 py-1.5 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300">
        {children}
      </th>
    </tr>
  )
}

function SameParameters({ rows }: { rows: readonly DiffRow[] }) {
  if (rows.length === 0) return null
  return (
    <tr>
      <td colSpan={3} className={cell}>
        <details>
          <summary className="cursor-pointer rounded text-sm text-slate-700 dark:text-slate-300">
            <span aria-hidden="true">= </span>
            {rows.length === 1 ? '1 parameter the same' : `${rows.length} parameters the same`}
          </summary>
          <dl className="mt-2 flex flex-col gap-1.5">
            {rows.map((row) => (
              <div key={row.key} className="flex flex-wrap gap-x-2">
                <dt className="font-mono text-xs font-semibold text-slate-700 dark:text-slate-300">{row.label}</dt>
                <dd className="min-w-0">
                  <Value value={row.first} missing="not sent" />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </td>
    </tr>
  )
}

/** Two exchanges side by side, oldest on the left: what the learner changed, and what STS did about it. */
export function HistoryComparison({ diff }: { diff: ExchangeDiff }) {
  const { first, second, differenceCount } = diff
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="pb-2 text-left text-sm text-slate-700 dark:text-slate-300">
        Request #{first.id} compared with #{second.id}:{' '}
        <strong className="font-semibold text-slate-900 dark:text-slate-100">
          {differenceCount === 0 ? 'nothing differs' : differenceCount === 1 ? '1 difference' : `${differenceCount} differences`}
        </strong>
      </caption>
      <colgroup>
        <col className="w-[30%]" />
        <col className="w-[35%]" />
        <col className="w-[35%]" />
      </colgroup>
      <thead>
        <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
          <th scope="col" className="px-2 pb-1 font-medium">
            What
          </th>
          <th scope="col" className="px-2 pb-1 font-mono font-semibold text-slate-900 dark:text-slate-100">
            #{first.id}
          </th>
          <th scope="col" className="px-2 pb-1 font-mono font-semibold text-slate-900 dark:text-slate-100">
            #{second.id}
          </th>
        </tr>
      </thead>
      <tbody>
        <GroupHeading>Request</GroupHeading>
        {diff.request.map((row) => (
          <Row key={row.key} row={row} diff={diff} missing="none" />
        ))}
      </tbody>
      <tbody>
        <GroupHeading>Parameters</GroupHeading>
        {diff.parameters.length === 0 && (
          <tr>
            <td colSpan={3} className={`${cell} text-slate-700 dark:text-slate-300`}>
              No parameter differs.
            </td>
          </tr>
        )}
        {diff.parameters.map((row) => (
          <Row key={row.key} row={row} diff={diff} missing="not sent" />
        ))}
        <SameParameters rows={diff.sameParameters} />
      </tbody>
      <tbody>
        <GroupHeading>Answer</GroupHeading>
        {diff.response.map((row) => (
          <Row key={row.key} row={row} diff={diff} missing="none" />
        ))}
      </tbody>
    </table>
  )
}
