import type { World } from '../world-schema.ts'
import { accountInUseProblems, attachedPolicyProblems, policyInUseProblems } from './delete-refusals.ts'
import { documentsNaming } from './documents-naming.ts'
import { locateEntity, notFound, type EntityLocation } from './locate-entity.ts'
import { copyOfWorld, refused, validatedEdit, type EntityRef, type WorldEditResult } from './world-edit.ts'

/** Takes the entity out of `world` (a copy); for an account, also out of the organization. */
function remove(world: World, at: EntityLocation, ref: EntityRef): void {
  const drop = <T>(list: T[] | undefined) => list?.splice(at.index, 1)
  switch (at.kind) {
    case 'account': {
      drop(world.accounts)
      const org = world.organization
      if (!org) return
      org.accounts = org.accounts.filter((id) => id !== ref.key)
      for (const policy of [...org.scps, ...org.rcps]) policy.targets = policy.targets.filter((t) => t !== ref.key)
      if (org.delegatedIamAdministrator === ref.key) delete org.delegatedIamAdministrator
      return
    }
    case 'user':
      return void drop(world.users)
    case 'role':
      return void drop(world.roles)
    case 'managedPolicy':
      return void drop(world.managedPolicies)
    case 'scp':
      return void drop(world.organization?.scps)
    case 'rcp':
      return void drop(world.organization?.rcps)
    case 'bucket':
      return void drop(world.resources?.s3Buckets)
    case 'kmsKey':
      return void drop(world.resources?.kmsKeys)
    case 'queue':
      return void drop(world.resources?.sqsQueues)
  }
}

/** What a deletion refuses to do, in the service's words (delete-refusals.ts). */
function refusals(world: World, at: EntityLocation, ref: EntityRef) {
  switch (at.kind) {
    case 'account':
      return accountInUseProblems(world, ref.key)
    case 'managedPolicy':
      return attachedPolicyProblems(world, ref.key)
    case 'scp':
      return policyInUseProblems(world, 'scps', at.index)
    case 'rcp':
      return policyInUseProblems(world, 'rcps', at.index)
    default:
      return []
  }
}

/** Role session ARNs of the role `at` names: `arn:aws:sts::ACCOUNT:assumed-role/NAME/`. */
function sessionPrefixes(world: World, at: EntityLocation): string[] {
  const role = at.kind === 'role' ? world.roles[at.index] : undefined
  return role ? [`arn:${world.partition}:sts::${role.account}:assumed-role/${role.name}/`] : []
}

/**
 * Deletes an entity. Refused, changing nothing: a customer managed policy still attached (IAM
 * DeleteConflict, one problem per attachment), an SCP or RCP still attached (PolicyInUseException),
 * an account that still holds anything. A deleted user, role, managed policy or resource may still
 * be named in policies: AWS keeps such references, and the notes list them. A role or user created
 * again with the same name is a different principal (IAM User Guide, "IAM identifiers", unique
 * identifiers: the new entity gets a new unique ID, and a policy written for the old one does not
 * apply to it; a trust policy whose principal was deleted shows the old unique ID instead of the ARN).
 */
export function deleteEntity(world: World, ref: EntityRef): WorldEditResult {
  const at = locateEntity(world, ref)
  if (!at) return refused(notFound(ref))
  const problems = refusals(world, at, ref)
  if (problems.length > 0) return refused(...problems)

  const prefixes = sessionPrefixes(world, at)
  const edited = copyOfWorld(world)
  remove(edited, at, ref)
  const notes =
    at.arn === undefined
      ? []
      : documentsNaming(edited, at.arn, prefixes).map((label) => `${label} still names ${at.label} (AWS keeps such references; an entity created again under this name would be a different principal)`)
  const bucket = at.kind === 'bucket' ? world.resources?.s3Buckets?.[at.index] : undefined
  if (bucket?.objects?.length) notes.push(`its ${bucket.objects.length} object(s) went with ${at.label} (S3 itself refuses to delete a bucket that is not empty: BucketNotEmpty)`)
  return validatedEdit(edited, notes)
}
