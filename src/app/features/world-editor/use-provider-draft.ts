import { useState } from 'react'

/**
 * A card's unsaved draft of one provider. When the provider itself changes (Apply, an imported
 * world, a reset) the draft starts again from it; other cards' providers keep their identity when
 * one card applies, so their drafts survive.
 */
export function useProviderDraft<Provider, Draft>(provider: Provider, draftOf: (provider: Provider) => Draft): [Draft, (draft: Draft) => void, () => void] {
  const [state, setState] = useState(() => ({ base: provider, draft: draftOf(provider) }))
  let current = state
  if (state.base !== provider) {
    current = { base: provider, draft: draftOf(provider) }
    setState(current)
  }
  return [current.draft, (draft) => setState({ base: provider, draft }), () => setState({ base: provider, draft: draftOf(provider) })]
}
