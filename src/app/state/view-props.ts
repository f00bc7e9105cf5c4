// What every view gets from the shell: the one state all views share, its dispatch, and a way to
// take the user to another view (with focus where the next step is).
import type { Dispatch } from 'react'
import type { PlaygroundState } from './playground-state.ts'
import type { ScenarioSource, WorkspaceAction } from './workspace.ts'

/** Where focus goes when a view opens: the workbench's Send button after "Use in AssumeRoleWith…". */
export type ArrivalFocus = 'send'

export interface ViewProps {
  state: PlaygroundState
  /** Changes the playground shown; also opens and leaves a scenario (a lesson) beside the user's own. */
  dispatch: Dispatch<WorkspaceAction>
  /** The scenario open beside the user's own playground (what `state` is), if any. */
  scenario?: ScenarioSource
  navigate: (path: string, focus?: ArrivalFocus) => void
  /** Set once when the view was opened by navigate(…, focus); the view calls onArrived after using it. */
  arrivalFocus: ArrivalFocus | undefined
  onArrived: () => void
}
