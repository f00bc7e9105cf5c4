// The action field's text as the engine's ActionSelection: `s3` (a whole service), `s3:Put*`
// (a pattern), or actions separated by commas, spaces or lines.
import type { ActionSelection } from '../../engine/types.ts'

export type ParsedSelection = { ok: true; selection: ActionSelection } | { ok: false; problem: string }

const SERVICE = /^[a-z0-9-]+$/i
const ACTION = /^[a-z0-9-]+:[A-Za-z0-9*?]+$/

export function parseActionSelection(text: string): ParsedSelection {
  const words = text
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '')
  if (words.length === 0) return { ok: false, problem: 'Name an action (s3:GetObject), a service (s3) or a pattern (s3:Put*).' }
  const bad = words.find((word) => !SERVICE.test(word) && !ACTION.test(word))
  if (bad !== undefined) return { ok: false, problem: `${bad} is neither an action (service:Action), a service prefix nor a pattern.` }
  if (words.length === 1) {
    const [word] = words as [string]
    if (SERVICE.test(word)) return { ok: true, selection: { kind: 'service', service: word.toLowerCase() } }
    if (/[*?]/.test(word)) return { ok: true, selection: { kind: 'pattern', pattern: word } }
    return { ok: true, selection: { kind: 'list', actions: [word] } }
  }
  const mixed = words.find((word) => SERVICE.test(word) || /[*?]/.test(word))
  if (mixed !== undefined) return { ok: false, problem: `${mixed}: a service or a pattern goes alone in the field; list single actions otherwise.` }
  return { ok: true, selection: { kind: 'list', actions: [...new Set(words)] } }
}

/** The selection back as field text. */
export function selectionText(selection: ActionSelection): string {
  switch (selection.kind) {
    case 'list':
      return selection.actions.join(', ')
    case 'service':
      return selection.service
    case 'pattern':
      return selection.pattern
  }
}
