// The subject the Policies view opens on, carried across views: "What can these credentials do?" on
// a credentials card, "What can this caller do?" by the caller picker (the world-place pattern).
import type { GridSubject } from '../../engine/types.ts'

let chosen: GridSubject | undefined

/** Kept for the page's lifetime: the view opens on it next time. */
export function chosenSubject(): GridSubject | undefined {
  return chosen
}

export function choosePoliciesSubject(subject: GridSubject | undefined): void {
  chosen = subject
}
