// The decoded parameters as table rows: flattened names split so lists read clearly, long values
// previewed, and the rows as tab-separated text for a spreadsheet.
import type { QueryPair } from '../../engine/types.ts'

/**
 * One piece of a flattened Query name. In `Tags.member.1.Key`, `Tags` and `Key` are member names,
 * `member` is the list's keyword (`entry` for maps) and `1` the position, counted from 1.
 */
export interface NamePart {
  text: string
  kind: 'name' | 'keyword' | 'index'
}

const LIST_KEYWORDS = new Set(['member', 'entry'])

export function nameParts(name: string): NamePart[] {
  return name.split('.').map((text) => ({ text, kind: /^\d+$/.test(text) ? 'index' : LIST_KEYWORDS.has(text) ? 'keyword' : 'name' }))
}

/** True when a name is an item of a list or map (`Tags.member.1.Key`, `PolicyArns.member.2.arn`). */
export function isListItem(name: string): boolean {
  return nameParts(name).some((part) => part.kind === 'index')
}

/** A spreadsheet field: quoted (with quotes doubled) only when it holds a tab, a line break or a quote. */
function tsvField(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A header row, then one `name<TAB>value` row per pair, in order. */
export function parametersTsv(pairs: readonly QueryPair[]): string {
  return [['Parameter', 'Value'], ...pairs].map(([name, value]) => `${tsvField(name)}\t${tsvField(value)}`).join('\n')
}

/** Values longer than this are shown cut short, with a button to show them whole. */
export const PREVIEW_LENGTH = 240

/** The start of a long value (cut at a code point, never inside a surrogate pair) and how much is hidden. */
export function valuePreview(value: string, limit = PREVIEW_LENGTH): { shown: string; hiddenCharacters: number } {
  const points = Array.from(value)
  if (points.length <= limit) return { shown: value, hiddenCharacters: 0 }
  return { shown: points.slice(0, limit).join(''), hiddenCharacters: points.length - limit }
}
