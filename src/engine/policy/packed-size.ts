import type { Policy } from './policy-types.ts'

/**
 * A model of STS's "packed" size of session policies and session tags (PackedPolicySize).
 *
 * AWS packs session policies and tags into a compressed binary form of fixed capacity and reports
 * how much of it a request uses, as a percentage; above 100% the call fails with
 * PackedPolicyTooLarge ("Packed policy consumes N% of allotted space"). The format is not
 * published, so this is a documented model, not AWS's algorithm. What it keeps from AWS:
 * - every action and resource pattern costs about its own length: action-heavy policies fill the
 *   space long before the 2,048-character plain-text limit (a ~31-action policy reported at 118%);
 * - policy structure (braces, quotes, "Version", "Sid") is nearly free, so pretty-printing and Sids do not matter;
 * - session tags count; whether a tag is transitive does not (STS API Reference, PackedPolicySize);
 * - AWS's own examples: one small statement plus two or three short tags is 8%.
 * Units: 600 per 100%.
 */
export const PACKED_CAPACITY_UNITS = 600

const POLICY_UNITS = 4
const STATEMENT_UNITS = 8
const TAG_UNITS = 1
const TAG_CHARACTER_UNITS = 0.25

export interface PackedInput {
  /** Inline and managed session policies (managed ones are counted by their ARN). */
  policies: readonly Policy[]
  policyArns: readonly string[]
  tags: readonly { key: string; value: string }[]
}

function policyUnits(policy: Policy): number {
  let units = POLICY_UNITS
  for (const statement of policy.statements) {
    units += STATEMENT_UNITS
    for (const pattern of [...(statement.action?.patterns ?? []), ...(statement.resource?.patterns ?? [])]) units += pattern.length + 1
    for (const condition of statement.conditions) {
      units += condition.operator.length + condition.key.length + 2
      for (const value of condition.values) units += value.length + 1
    }
  }
  return units
}

/** Units used, before rounding: for explaining where the space went. */
export function packedUnits(input: PackedInput): { policies: number; policyArns: number; tags: number; total: number } {
  const policies = input.policies.reduce((sum, policy) => sum + policyUnits(policy), 0)
  const policyArns = input.policyArns.reduce((sum, arn) => sum + arn.length + 1, 0)
  const tags = input.tags.reduce((sum, tag) => sum + TAG_UNITS + TAG_CHARACTER_UNITS * (tag.key.length + tag.value.length), 0)
  return { policies, policyArns, tags, total: policies + policyArns + tags }
}

/** PackedPolicySize: the percentage of the packed capacity used, rounded up as a whole number. */
export function packedPolicyPercent(input: PackedInput): number {
  return Math.ceil((100 * packedUnits(input).total) / PACKED_CAPACITY_UNITS)
}
