import { intersectionGrid } from '../intersection/intersection-grid.ts'
import type { IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import type { World } from '../world/world-schema.ts'
import type { GridGoal } from './lesson-types.ts'

/** What a grid goal needs: the instant to evaluate at, a session key for the grid's engine view, and the IAM action catalogue. */
export interface GridGoalDeps {
  nowMs: number
  sessionKey: Uint8Array
  catalogue: IamCatalogue
}

/**
 * Whether the policy-intersection grid of `world` (what the Policies view shows; IAM User Guide,
 * "Policy evaluation logic") gives the goal's decision for its principal, action and resource:
 * the final cell allows, or anything else (a deny of any layer, nothing allowing) for `deny`. A grid
 * that cannot be drawn (an unknown principal or action) meets no goal. Never throws.
 */
export function gridGoalMet(goal: GridGoal, world: World, deps: GridGoalDeps): boolean {
  try {
    const result = intersectionGrid(
      { world, sessionKey: deps.sessionKey },
      { subject: { kind: 'draft', principalArn: goal.principalArn }, actions: { kind: 'list', actions: [goal.action] }, ...(goal.resource === undefined ? {} : { resource: goal.resource }) },
      deps.nowMs,
      deps.catalogue,
    )
    if (!result.ok) return false
    const final = result.rows[0]?.cells.find((cell) => cell.layer === 'final')
    if (final === undefined) return false
    return (final.verdict === 'allow') === (goal.decision === 'allow')
  } catch {
    return false
  }
}
