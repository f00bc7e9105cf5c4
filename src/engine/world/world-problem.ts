/** Something wrong with a world file, and where. */
export interface WorldProblem {
  /** Where in the file, for example `users[0].accessKeys[0].secretAccessKey`. */
  path: string
  message: string
}
