import { isAwsManagedPolicyArn, loadAwsManagedPolicies, loadedAwsManagedPolicies } from '../policy/managed/aws-managed-policies.ts'
import type { Policy, PolicyKind } from '../policy/policy-types.ts'
import type { Session } from '../sessions/session.ts'
import { customerManagedPolicyArn, worldUsesAwsManagedPolicies } from '../world/managed-policy-references.ts'
import type { WorldManagedPolicy } from '../world/managed-policies-schema.ts'
import type { World } from '../world/world-schema.ts'
import { worldPolicy } from './world-policies.ts'

/** A managed policy an ARN names, with the document of its default version. */
export interface ManagedPolicy {
  arn: string
  /** Customer managed (in the world's managedPolicies) or AWS managed (built in). */
  owner: 'customer' | 'aws'
  /** The account of a customer managed policy; `aws` for an AWS managed one. */
  account: string
  versionId: string
  document: unknown
}

const indexes = new WeakMap<World, Map<string, WorldManagedPolicy>>()

function customerPolicies(world: World): Map<string, WorldManagedPolicy> {
  let index = indexes.get(world)
  if (!index) {
    index = new Map((world.managedPolicies ?? []).map((p) => [customerManagedPolicyArn(world.partition, p), p]))
    indexes.set(world, index)
  }
  return index
}

/**
 * The managed policy `arn` names in this world: a customer managed policy of `managedPolicies`,
 * or an AWS managed policy of the built-in set in the world's partition. An AWS managed policy is
 * found only once the built-in set has loaded (ensureManagedPolicies).
 */
export function findManagedPolicy(world: World, arn: string): ManagedPolicy | undefined {
  if (isAwsManagedPolicyArn(arn)) {
    if (!arn.startsWith(`arn:${world.partition}:`)) return undefined
    const found = loadedAwsManagedPolicies()?.find(arn)
    return found ? { arn, owner: 'aws', account: 'aws', versionId: found.versionId, document: found.document } : undefined
  }
  const policy = customerPolicies(world).get(arn)
  const version = policy?.versions.find((v) => v.versionId === policy.defaultVersionId)
  return policy && version ? { arn, owner: 'customer', account: policy.account, versionId: version.versionId, document: version.document } : undefined
}

/**
 * The documents of managed policies as policies of `kind`, named by their ARN. One that cannot be
 * found or does not parse is left out, so it grants nothing (parseWorld reports a missing one).
 */
export function managedPolicies(world: World, arns: readonly string[], kind: PolicyKind): Policy[] {
  return arns.flatMap((arn) => {
    const found = findManagedPolicy(world, arn)
    const policy = found ? worldPolicy(found.document, kind, arn) : undefined
    return policy ? [policy] : []
  })
}

/**
 * A permissions boundary given by ARN. One that cannot be used still limits: a boundary that
 * grants nothing, never no boundary (which would grant more than the world says).
 */
export function managedBoundary(world: World, arn: string): Policy {
  return managedPolicies(world, [arn], 'boundary')[0] ?? { kind: 'boundary', version: '2012-10-17', statements: [], name: arn }
}

/**
 * Loads the built-in AWS managed policies when the world or the session names one, so that the
 * synchronous evaluation (callerContext) finds them. Cheap once loaded.
 */
export async function ensureManagedPolicies(world: World, session?: Pick<Session, 'policyArns'>, requested: readonly string[] = []): Promise<void> {
  if (loadedAwsManagedPolicies()) return
  const needed = worldUsesAwsManagedPolicies(world) || [...(session?.policyArns ?? []), ...requested].some(isAwsManagedPolicyArn)
  if (needed) await loadAwsManagedPolicies()
}
