import type { PathProblem } from './problem-list.tsx'

/** True when a problem is at `path` or inside it (`jwks` holds `jwks.keys[0]`, `roles[2].trustPolicy` holds `roles[2].trustPolicy.Statement`). */
export function hasProblemAt(problems: readonly PathProblem[], path: string): boolean {
  return problems.some((problem) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`))
}
