// Which experiments stand behind a cell: the evidence of the cell's facts, in the order the facts
// list them, each experiment once.
import type { ComparisonRow, ComparisonTable, Experiment } from '../../engine/types.ts'

export const COLUMNS = ['who', 'lifetime', 'mfa', 'session-policy', 'restrictions'] as const
export type Column = (typeof COLUMNS)[number]

/** The column headings, as AWS's table words them. */
export const COLUMN_TITLES: Record<Column, string> = {
  who: 'Who can call',
  lifetime: 'Credential lifetime (min | max | default)',
  mfa: 'MFA support',
  'session-policy': 'Session policy support',
  restrictions: 'Restrictions on resulting temporary credentials',
}

function factsOf(row: ComparisonRow, column: Column): readonly { evidence: string[] }[] {
  switch (column) {
    case 'who':
      return row.who
    case 'lifetime':
      return row.lifetime
    case 'mfa':
      return row.mfa === undefined ? [] : [row.mfa]
    case 'session-policy':
      return row.sessionPolicy === undefined ? [] : [row.sessionPolicy]
    case 'restrictions':
      return row.restrictions
  }
}

/** The experiment ids behind one cell, without repeats. */
export function cellEvidenceIds(row: ComparisonRow, column: Column): string[] {
  return [...new Set(factsOf(row, column).flatMap((fact) => fact.evidence))]
}

/** The experiments behind one cell; an id the table does not hold is skipped. */
export function cellExperiments(table: ComparisonTable, row: ComparisonRow, column: Column): Experiment[] {
  return cellEvidenceIds(row, column).flatMap((id) => {
    const experiment = table.experiments[id]
    return experiment === undefined ? [] : [experiment]
  })
}
