import type { WorldSectionId } from './world-sections.ts'

/** Where the learner was in the World view: the section and the entity picked in each. */
export interface WorldPlace {
  section: WorldSectionId
  selected: Partial<Record<WorldSectionId, string>>
}

let last: WorldPlace = { section: 'roles', selected: {} }

/** Kept for the page's lifetime, so coming back to the view finds the same place. */
export function lastWorldPlace(): WorldPlace {
  return last
}

export function rememberWorldPlace(place: WorldPlace): void {
  last = place
}

/** Opens the World view at `section` next time (a link from another view: "edit the providers"). */
export function openWorldAt(section: WorldSectionId): void {
  last = { ...last, section }
}
