// What each cell of the layer grid says, in shape and words (never colour alone).
import type { CellVerdict, GridCell, GridLayer, StatementRef } from '../../engine/types.ts'

/** The columns, in AWS's order of evaluation, then the final decision. */
export const GRID_COLUMNS: readonly GridLayer[] = ['explicit-deny', 'rcp', 'scp', 'resource', 'identity', 'boundary', 'session', 'final']

export const LAYER_TITLES: Record<GridLayer, string> = {
  'explicit-deny': 'Explicit deny',
  rcp: 'RCP',
  scp: 'SCP',
  resource: 'Resource policy',
  identity: 'Identity policy',
  boundary: 'Permissions boundary',
  session: 'Session policy',
  final: 'Final',
}

export const VERDICT_SYMBOLS: Record<CellVerdict, string> = {
  allow: '✓',
  'explicit-deny': '✖',
  'implicit-deny': '✗',
  'not-applicable': '–',
  'missing-key': '?',
}

export const VERDICT_WORDS: Record<CellVerdict, string> = {
  allow: 'Allowed',
  'explicit-deny': 'Explicit deny',
  'implicit-deny': 'No matching allow',
  'not-applicable': 'Not applicable',
  'missing-key': 'Depends on a missing key',
}

/** The final column in AWS's words. */
const FINAL_WORDS: Record<CellVerdict, string> = {
  allow: 'Allow',
  'explicit-deny': 'Explicit deny',
  'implicit-deny': 'Implicit deny',
  'not-applicable': 'Not applicable',
  'missing-key': 'Depends on a missing key',
}

/** "AllowRead" or "statement 2": the statement as a learner finds it in the policy. */
export function statementLabel(statement: StatementRef): string {
  return statement.sid !== undefined && statement.sid !== '' ? statement.sid : `statement ${statement.index}`
}

/** The cell's visible words: the verdict and, where one decided, the statement. */
export function cellText(cell: GridCell): string {
  const words = cell.layer === 'final' ? FINAL_WORDS[cell.verdict] : VERDICT_WORDS[cell.verdict]
  if (cell.verdict === 'missing-key' && cell.missingKeys !== undefined && cell.missingKeys.length > 0) return `${words}: ${cell.missingKeys.join(', ')}`
  if (cell.statement !== undefined && (cell.verdict === 'allow' || cell.verdict === 'explicit-deny')) return `${words} by ${statementLabel(cell.statement)}`
  return words
}

/** The cell's accessible name: the layer, the action, the verdict and how to open the trace. */
export function cellLabel(action: string, cell: GridCell): string {
  const policy = cell.statement !== undefined ? ` (${cell.statement.policy})` : ''
  return `${action}, ${LAYER_TITLES[cell.layer]}: ${cellText(cell)}${policy}. Open the trace`
}

/** Tailwind classes per verdict: colour helps, the symbol and words carry the meaning. */
export const VERDICT_CLASSES: Record<CellVerdict, string> = {
  allow: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100',
  'explicit-deny': 'border-red-400 bg-red-100 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100',
  'implicit-deny': 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  'not-applicable': 'border-dashed border-slate-300 bg-white text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-400',
  'missing-key': 'border-dashed border-violet-400 bg-violet-50 text-violet-950 dark:border-violet-600 dark:bg-violet-950 dark:text-violet-100',
}
