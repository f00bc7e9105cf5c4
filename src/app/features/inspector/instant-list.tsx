import { instantWords, utcText, type InstantRole } from './time-text.ts'

export interface InstantRow {
  label: string
  role: InstantRole
  /** As written in the token: a number of seconds, an xs:dateTime. */
  raw: string
  ms: number | undefined
  /** A note when the value is not what STS wants. */
  note?: string | undefined
}

/** Each instant in UTC and relative to now ("expires in 54 min"); a problem is marked in words and with a sign. */
export function InstantList({ rows, nowMs, label }: { rows: readonly InstantRow[]; nowMs: number; label: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No time limits in it.</p>
  return (
    <ul aria-label={label} className="flex flex-col gap-2 text-sm">
      {rows.map((row, index) => {
        const utc = row.ms === undefined ? undefined : utcText(row.ms)
        const words = row.ms === undefined || utc === undefined ? undefined : instantWords(row.role, row.ms, nowMs)
        return (
          <li key={`${row.label}-${index}`} className="flex flex-col">
            <span className="font-medium text-slate-700 dark:text-slate-300">
              {row.label} <span className="font-mono text-xs font-normal text-slate-600 dark:text-slate-400">{row.raw}</span>
            </span>
            {words === undefined ? (
              <span className="text-red-700 dark:text-red-300">
                <span aria-hidden="true">✗ </span>Not a readable instant
              </span>
            ) : (
              <span>
                <span className="font-mono text-[13px] text-slate-900 dark:text-slate-100">{utc}</span>
                {' · '}
                <span className={words.state === 'problem' ? 'font-medium text-red-700 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}>
                  <span aria-hidden="true">{words.state === 'problem' ? '⚠ ' : ''}</span>
                  {words.text}
                </span>
              </span>
            )}
            {row.note !== undefined && <span className="text-xs text-amber-800 dark:text-amber-300">{row.note}</span>}
          </li>
        )
      })}
    </ul>
  )
}
