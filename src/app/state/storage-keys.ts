// Where the playground keeps its state in the browser. Kept apart from the (heavier) state parsing so
// the start-up shell and its error page can use the keys without loading it.

export const STATE_KEY = 'sts-playground/state'
/** Saved data that could not be read, set aside so it can still be downloaded. */
export const BROKEN_STATE_KEY = 'sts-playground/broken-state'

/** The storage the playground uses, or undefined where the browser refuses it (privacy settings). */
export function browserStorage(): Storage | undefined {
  try {
    const storage = window.localStorage
    storage.getItem(STATE_KEY)
    return storage
  } catch {
    return undefined
  }
}

/** In the tab's session storage: the scenario (share link or lesson) the tab has open. */
export const SCENARIO_KEY = 'sts-playground/scenario'

/** The tab's session storage, or undefined where the browser refuses it. */
export function browserSessionStorage(): Storage | undefined {
  try {
    const storage = window.sessionStorage
    storage.getItem(SCENARIO_KEY)
    return storage
  } catch {
    return undefined
  }
}
