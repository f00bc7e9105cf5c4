import { useState } from 'react'

/**
 * A card's unsaved draft of one item of the world. When the item itself changes (Apply, an imported
 * world, a reset) the draft starts again from it; other cards' items keep their identity when one
 * card applies, so their drafts survive.
 */
export function useDraft<Item, Draft>(item: Item, draftOf: (item: Item) => Draft): [Draft, (draft: Draft) => void, () => void] {
  const [state, setState] = useState(() => ({ base: item, draft: draftOf(item) }))
  let current = state
  if (state.base !== item) {
    current = { base: item, draft: draftOf(item) }
    setState(current)
  }
  return [current.draft, (draft) => setState({ base: item, draft }), () => setState({ base: item, draft: draftOf(item) })]
}
