import { useMemo } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { inheritKey } from '../../ui/item-keys.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { useDraft } from '../../ui/use-draft.ts'
import { replaceResource, type ResourceOf, type ResourceSection } from './resource-model.ts'

/**
 * What every resource card does with its draft: the resource it would make, the world that would
 * result and that world's problems (checked as the learner types), whether anything changed, and
 * Apply, which keeps the card's key on the edited resource so the card stays open.
 */
export function useResourceEdit<S extends ResourceSection, D>(
  world: World,
  section: S,
  index: number,
  item: ResourceOf<S>,
  draftOf: (item: ResourceOf<S>) => D,
  from: (item: ResourceOf<S>, draft: D, path: string) => { item: ResourceOf<S>; problems: WorldProblem[] },
  apply: (next: World) => readonly WorldProblem[],
) {
  const [draft, setDraft, discard] = useDraft(item, draftOf)
  const path = `resources.${section}[${index}]`
  const edit = useMemo(() => from(item, draft, path), [from, item, draft, path])
  const next = useMemo(() => replaceResource(world, section, index, edit.item), [world, section, index, edit.item])
  const check = useMemo(() => checkWorld(next, edit.problems), [next, edit.problems])
  const problems = check.ok ? [] : check.problems
  return {
    draft,
    /** The resource's world path (`resources.s3Buckets[0]`), where its problems are. */
    path,
    setDraft,
    discard,
    problems,
    invalid: (field: string) => hasProblemAt(problems, `${path}.${field}`),
    dirty: !sameValue(edit.item, item) || edit.problems.length > 0,
    onApply: () => {
      // Before the world changes: the applied resource keeps this card (open) in the list.
      inheritKey(item, edit.item)
      return apply(next)
    },
  }
}
