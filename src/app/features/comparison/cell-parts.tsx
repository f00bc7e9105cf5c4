// The small pieces of the comparison table's cells: the evidence button, a Yes/No answer, a lifetime
// line. Shape and words carry each answer; colour only repeats it.
import type { LifetimeFact } from '../../engine/types.ts'
import { LIFETIME_LINE_WORDS, lifetimeWords, yesNo } from './cell-words.ts'

export const EVIDENCE_PANEL_ID = 'comparison-evidence'

interface EvidenceButtonProps {
  /** "AssumeRole, Who can call": what the evidence is of, for the accessible name. */
  about: string
  count: number
  open: boolean
  onOpen: () => void
}

/** Opens (or closes) the experiments behind a cell, in the evidence panel under the table. */
export function EvidenceButton({ about, count, open, onOpen }: EvidenceButtonProps) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-expanded={open}
      aria-controls={EVIDENCE_PANEL_ID}
      aria-label={`Evidence for ${about}: ${count} ${count === 1 ? 'experiment' : 'experiments'}`}
      data-evidence-button=""
      className={`mt-1.5 inline-flex items-center whitespace-nowrap gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${
        open
          ? 'border-indigo-600 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100'
          : 'border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800'
      }`}
    >
      <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      Evidence ({count})
    </button>
  )
}

/** "✓ Yes" or "✗ No". */
export function YesNo({ value }: { value: boolean }) {
  return (
    <span data-value={yesNo(value)} className={`inline-flex items-center gap-1 font-semibold ${value ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-800 dark:text-slate-200'}`}>
      <span aria-hidden="true">{value ? '✓' : '✗'}</span>
      {yesNo(value)}
    </span>
  )
}

interface LifetimeLineProps {
  fact: LifetimeFact
  /** The footnote's number and id, when the line has one. */
  note?: { number: number; id: string }
}

/** One line of the lifetime cell: its label (none for an operation with one line) and min | max | default. */
export function LifetimeLineItem({ fact, note }: LifetimeLineProps) {
  const label = LIFETIME_LINE_WORDS[fact.line]
  return (
    <li data-line={fact.line} data-min={fact.min} data-max={fact.max} data-default={fact.default} aria-describedby={note?.id} className="whitespace-nowrap">
      {label !== '' && <span className="font-medium text-slate-700 dark:text-slate-300">{label}: </span>}
      <span className="font-mono">{lifetimeWords(fact)}</span>
      {note !== undefined && (
        <sup className="ml-0.5 font-semibold text-indigo-800 dark:text-indigo-300">
          <span className="sr-only">note </span>
          {note.number}
        </sup>
      )}
    </li>
  )
}
