import type { World } from '../world-schema.ts'

/** One place a managed policy is attached: to a user or role, as a permissions policy or as its permissions boundary. */
export interface PolicyAttachment {
  /** `roles[3].managedPolicyArns[0]` or `users[1].permissionsBoundaryArn`. */
  path: string
  entity: 'role' | 'user'
  name: string
  as: 'permissions' | 'boundary'
}

/** Where the managed policy `policyArn` is attached (IAM ListEntitiesForPolicy, with boundaries too). */
export function policyAttachments(world: World, policyArn: string): PolicyAttachment[] {
  const out: PolicyAttachment[] = []
  const sections = [
    ['users', 'user', world.users],
    ['roles', 'role', world.roles],
  ] as const
  for (const [section, entity, list] of sections) {
    list.forEach((item, i) => {
      ;(item.managedPolicyArns ?? []).forEach((arn, k) => {
        if (arn === policyArn) out.push({ path: `${section}[${i}].managedPolicyArns[${k}]`, entity, name: item.name, as: 'permissions' })
      })
      if (item.permissionsBoundaryArn === policyArn) out.push({ path: `${section}[${i}].permissionsBoundaryArn`, entity, name: item.name, as: 'boundary' })
    })
  }
  return out
}
