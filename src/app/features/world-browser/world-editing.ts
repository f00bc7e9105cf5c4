import type { ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'

/** What every editor of the World view gets from the view. */
export interface WorldEditing {
  world: World
  /** Puts `next` in the world if it is valid and returns []; else returns its problems and changes nothing. `what` names the edit for Undo. */
  apply: (next: World, what?: string) => readonly WorldProblem[]
  /** The policy editor, plugged in by the view (a feature imports no other feature). */
  PolicyField: ComponentType<PolicyFieldProps>
}
