// The user's own playground and, beside it, at most one scenario (a share link or a lesson) being
// looked at. A scenario is a playground of its own: every change while it is open goes to it, and
// the user's own playground stays exactly as it was until the user chooses to keep the scenario.
import { playgroundReducer, type PlaygroundAction, type PlaygroundState } from './playground-state.ts'

export type ScenarioSource = { kind: 'share-link'; /** Whether the link carried a world (one that does not leaves the world alone). */ carriesWorld: boolean } | { kind: 'lesson'; id: string; title: string }

export interface OpenScenario {
  source: ScenarioSource
  state: PlaygroundState
}

export interface Workspace {
  own: PlaygroundState
  scenario?: OpenScenario
}

export type WorkspaceAction =
  | PlaygroundAction
  /** Opens a scenario beside the user's own playground (replacing any scenario already open). */
  | { type: 'open-scenario'; scenario: OpenScenario }
  /** The scenario becomes the user's own playground. */
  | { type: 'keep-scenario' }
  /** Back to the user's own playground; the scenario is dropped. */
  | { type: 'leave-scenario' }
  /** Another tab saved the user's own playground: this tab follows it. */
  | { type: 'adopt-own'; state: PlaygroundState }

/** The playground the user sees and changes now. */
export function currentState(workspace: Workspace): PlaygroundState {
  return workspace.scenario?.state ?? workspace.own
}

export function workspaceReducer(workspace: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'open-scenario':
      return { own: workspace.own, scenario: action.scenario }
    case 'keep-scenario':
      return workspace.scenario === undefined ? workspace : { own: workspace.scenario.state }
    case 'leave-scenario':
      return { own: workspace.own }
    case 'adopt-own':
      return { ...workspace, own: action.state }
    default: {
      const { scenario } = workspace
      if (scenario === undefined) {
        const own = playgroundReducer(workspace.own, action)
        return own === workspace.own ? workspace : { own }
      }
      const state = playgroundReducer(scenario.state, action)
      return state === scenario.state ? workspace : { own: workspace.own, scenario: { ...scenario, state } }
    }
  }
}
