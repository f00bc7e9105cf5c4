import { customerManagedPolicyArn } from '../managed-policy-references.ts'
import type { World } from '../world-schema.ts'
import type { EntityLocation } from './locate-entity.ts'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * The service's refusal when `newName` is already another entity's, in its words, or undefined.
 * IAM names of users, roles and policies are unique in their account without regard to case (IAM
 * User Guide, "IAM and AWS STS quotas, name requirements, and character limits"), and IAM refuses
 * with EntityAlreadyExists ("Role with name X already exists."); S3 bucket names are unique in the
 * partition (Amazon S3 User Guide, "General purpose bucket naming rules"), queue names in an
 * account and Region, SCP and RCP names in the organization (Organizations DuplicatePolicyException).
 */
export function nameTakenMessage(world: World, at: EntityLocation, newName: string): string | undefined {
  const i = at.index
  switch (at.kind) {
    case 'user': {
      const self = world.users[i]
      const taken = world.users.some((u, k) => k !== i && u.account === self?.account && same(u.name, newName))
      return taken ? `EntityAlreadyExists: User with name ${newName} already exists.` : undefined
    }
    case 'role': {
      const self = world.roles[i]
      const taken = world.roles.some((r, k) => k !== i && r.account === self?.account && same(r.name, newName))
      return taken ? `EntityAlreadyExists: Role with name ${newName} already exists.` : undefined
    }
    case 'managedPolicy': {
      const list = world.managedPolicies ?? []
      const self = list[i]
      const taken = list.some((p, k) => k !== i && p.account === self?.account && same(p.name, newName))
      return taken ? `EntityAlreadyExists: A policy called ${newName} already exists. Duplicate names are not allowed.` : undefined
    }
    case 'scp':
    case 'rcp': {
      const list = world.organization?.[at.kind === 'scp' ? 'scps' : 'rcps'] ?? []
      return list.some((p, k) => k !== i && p.name === newName) ? 'DuplicatePolicyException: A policy with the same name already exists.' : undefined
    }
    case 'bucket': {
      const taken = (world.resources?.s3Buckets ?? []).some((b, k) => k !== i && b.name === newName)
      return taken ? 'BucketAlreadyExists: The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.' : undefined
    }
    case 'queue': {
      const list = world.resources?.sqsQueues ?? []
      const self = list[i]
      const taken = list.some((q, k) => k !== i && q.account === self?.account && q.region === self.region && q.name === newName)
      return taken ? 'QueueAlreadyExists: A queue with this name already exists.' : undefined
    }
    case 'account':
    case 'kmsKey':
      return undefined
  }
}

/** The managed policy's ARN after a rename (its path and account stay). */
export function renamedPolicyArn(world: World, index: number, newName: string): string | undefined {
  const policy = world.managedPolicies?.[index]
  return policy ? customerManagedPolicyArn(world.partition, { ...policy, name: newName }) : undefined
}
