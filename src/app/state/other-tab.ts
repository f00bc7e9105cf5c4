// Two tabs, one saved playground. Every save is stamped with its revision and the revision it was made
// on top of; a tab that sees another tab's save can then tell whether it may simply follow it.
import type { SaveStamp } from './saved-state.ts'

export interface TabPosition {
  /** The revision this tab last loaded, saved or followed. */
  known: string | undefined
  /** Whether this tab has changes it has not saved yet. */
  changedHere: boolean
  /** Whether this tab already waits for the user to settle a clash. */
  waiting: boolean
}

/**
 * `follow`: the other tab's save was made on top of what this tab has, and this tab changed nothing
 * since, so nothing is lost by taking it. `ask`: both changed the playground (or the save cannot be
 * placed), so neither may overwrite the other without the user.
 */
export function onOtherTabSave(incoming: SaveStamp | undefined, tab: TabPosition): 'follow' | 'ask' {
  if (tab.waiting || tab.changedHere || incoming === undefined) return 'ask'
  return incoming.base === tab.known ? 'follow' : 'ask'
}
