// The footnotes of a comparison table: one per lifetime line that needs one (role chaining, the root
// user's cap, a longer duration shortened rather than refused), numbered in reading order.
import type { ComparisonRow, LifetimeLine } from '../../engine/types.ts'
import { lifetimeFootnote } from './cell-words.ts'

export interface Footnote {
  number: number
  /** The element id of the note, for aria-describedby. */
  id: string
  text: string
}

export function footnoteKey(operation: string, line: LifetimeLine): string {
  return `${operation}/${line}`
}

/** The notes by `footnoteKey`, numbered from `first` (a second table continues the numbering). */
export function tableFootnotes(rows: readonly ComparisonRow[], idPrefix: string, first = 1): Map<string, Footnote> {
  const notes = new Map<string, Footnote>()
  for (const row of rows) {
    for (const fact of row.lifetime) {
      const text = lifetimeFootnote(row.operation, fact)
      if (text === undefined) continue
      const number = first + notes.size
      notes.set(footnoteKey(row.operation, fact.line), { number, id: `${idPrefix}-note-${number}`, text })
    }
  }
  return notes
}
