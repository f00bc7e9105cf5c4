// Which two history entries the learner ticked to compare.
import type { Exchange } from '../../state/exchange.ts'

/** A comparison is between two exchanges: a third tick waits until one is unticked. */
export const MAX_PICKS = 2

/** Ticks or unticks one entry by id. A tick beyond MAX_PICKS, or of an entry already ticked, changes nothing. */
export function togglePick(picked: readonly string[], id: string, checked: boolean): readonly string[] {
  if (!checked) return picked.includes(id) ? picked.filter((p) => p !== id) : picked
  if (picked.includes(id) || picked.length >= MAX_PICKS) return picked
  return [...picked, id]
}

/**
 * The ticked exchanges still in the history (clearing or trimming it drops the others), in history
 * order: oldest first, so a comparison reads as "before, after" whichever was ticked first.
 */
export function pickedExchanges(picked: readonly string[], entries: readonly Exchange[]): Exchange[] {
  return entries.filter((entry) => picked.includes(entry.id)).slice(0, MAX_PICKS)
}
