import type { CatalogueAction, IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import type { ActionSelection } from './intersection-types.ts'

export type Selected = { ok: true; actions: CatalogueAction[] } | { ok: false; detail: string }

/** The catalogue actions a selection names: a list (each must be known), a service's actions, or a wildcard pattern. */
export function selectActions(catalogue: IamCatalogue, selection: ActionSelection): Selected {
  if (selection.kind === 'list') {
    const found = selection.actions.map((action) => ({ action, entry: catalogue.lookup(action.trim()) }))
    const unknown = found.filter((f) => f.entry === undefined).map((f) => f.action)
    if (unknown.length > 0) return { ok: false, detail: `Not in the catalogue of actions: ${unknown.join(', ')}.` }
    const actions = [...new Map(found.map((f) => [f.entry?.action, f.entry as CatalogueAction])).values()]
    return actions.length > 0 ? { ok: true, actions } : { ok: false, detail: 'The list names no action.' }
  }
  if (selection.kind === 'service') {
    const actions = catalogue.actionsOf(selection.service.trim())
    return actions.length > 0 ? { ok: true, actions } : { ok: false, detail: `No service with the prefix ${selection.service} in the catalogue.` }
  }
  const pattern = selection.pattern.trim()
  if (!/^[A-Za-z0-9*?-]+:[A-Za-z0-9*?]*$/.test(pattern) && pattern !== '*') return { ok: false, detail: `${selection.pattern} is not an action pattern (service:Action, with * and ?).` }
  const actions = catalogue.expand(pattern)
  return actions.length > 0 ? { ok: true, actions } : { ok: false, detail: `${selection.pattern} matches no action of the catalogue.` }
}
