// What every view gets from the shell: the one state all views share, its dispatch, and a way to
// take the user to another view (with focus where the next step is).
import type { Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from './playground-state.ts'

/** Where focus goes when a view opens: the workbench's Send button after "Use in AssumeRoleWith…". */
export type ArrivalFocus = 'send'

export interface ViewProps {
  state: PlaygroundState
  dispatch: Dispatch<PlaygroundAction>
  navigate: (path: string, focus?: ArrivalFocus) => void
  /** Set once when the view was opened by navigate(…, focus); the view calls onArrived after using it. */
  arrivalFocus: ArrivalFocus | undefined
  onArrived: () => void
}
