import { useState } from 'react'
import type { WorldProblem } from '../../engine/types.ts'

/**
 * A form's draft of one entity. `source` is the entity as the world has it now, in the draft's shape:
 * when the world changes underneath (an Apply, an undo, another tab), the draft starts again from it.
 * The draft is dirty while it differs from the source, and keeps the problems of the last refused
 * Apply until the next edit.
 */
export function useEntityDraft<D>(source: D) {
  const sourceText = JSON.stringify(source)
  const [base, setBase] = useState(sourceText)
  const [draft, setDraftState] = useState<D>(source)
  const [problems, setProblems] = useState<readonly WorldProblem[]>([])
  if (base !== sourceText) {
    setBase(sourceText)
    setDraftState(source)
    setProblems([])
  }
  const dirty = JSON.stringify(draft) !== sourceText
  const setDraft = (update: (previous: D) => D) => {
    setDraftState(update)
    setProblems([])
  }
  const discard = () => {
    setDraftState(source)
    setProblems([])
  }
  return { draft, setDraft, dirty, problems, setProblems, discard }
}
