// The grid's key: each verdict's symbol and words.
import type { CellVerdict } from '../../engine/types.ts'
import { VERDICT_CLASSES, VERDICT_SYMBOLS, VERDICT_WORDS } from './verdict-words.ts'

const ORDER: readonly CellVerdict[] = ['allow', 'explicit-deny', 'implicit-deny', 'not-applicable', 'missing-key']

export function VerdictLegend() {
  return (
    <ul aria-label="Key to the cells" className="flex flex-wrap gap-2 text-xs">
      {ORDER.map((verdict) => (
        <li key={verdict} className={`rounded-md border px-2 py-0.5 ${VERDICT_CLASSES[verdict]}`}>
          <span aria-hidden="true">{VERDICT_SYMBOLS[verdict]} </span>
          {VERDICT_WORDS[verdict]}
        </li>
      ))}
    </ul>
  )
}
