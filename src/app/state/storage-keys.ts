// Where the playground keeps its state in the browser. Kept apart from the (heavier) state parsing so
// the start-up shell and its error page can use the keys without loading it.

export const STATE_KEY = 'sts-playground/state'
/** Saved data that could not be read, set aside so it can still be downloaded. */
export const BROKEN_STATE_KEY = 'sts-playground/broken-state'

/** The browser's storage of that kind, or undefined where the browser refuses it (privacy settings). */
function usableStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    const storage = window[kind]
    storage.getItem(STATE_KEY)
    return storage
  } catch {
    return undefined
  }
}

/** Where the user's own playground is kept. */
export function browserStorage(): Storage | undefined {
  return usableStorage('localStorage')
}

/** In the tab's session storage: the scenario (share link or lesson) the tab has open. */
export const SCENARIO_KEY = 'sts-playground/scenario'

/** Where this tab keeps its open scenario. */
export function browserSessionStorage(): Storage | undefined {
  return usableStorage('sessionStorage')
}

/** Learning mode: the lessons done and the challenges answered (see lesson-progress.ts). */
export const LESSONS_KEY = 'sts-playground/lessons'
