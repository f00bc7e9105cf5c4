import { roleArn, userArn } from '../../identity/principal-arns.ts'
import { customerManagedPolicyArn } from '../managed-policy-references.ts'
import type { WorldBucket, WorldKmsKey, WorldQueue } from '../resources-schema.ts'
import type { World } from '../world-schema.ts'
import type { EntityKind, EntityRef } from './world-edit.ts'

/** Where an entity is in the world file, and how to speak of it. */
export interface EntityLocation {
  kind: EntityKind
  /** The entity's own path, e.g. `roles[3]` or `organization.scps[0]`. */
  path: string
  index: number
  /** "role Dev", "bucket reports", "SCP FullAWSAccess". */
  label: string
  /** The ARN policies name it by, when it has one they can name (not SCPs and RCPs: their ARNs hold ids, not names). */
  arn?: string
}

export const bucketArn = (world: Pick<World, 'partition'>, bucket: Pick<WorldBucket, 'name'>) => `arn:${world.partition}:s3:::${bucket.name}`
export const kmsKeyArn = (world: Pick<World, 'partition'>, key: Pick<WorldKmsKey, 'region' | 'account' | 'id'>) => `arn:${world.partition}:kms:${key.region}:${key.account}:key/${key.id}`
export const queueArn = (world: Pick<World, 'partition'>, queue: Pick<WorldQueue, 'region' | 'account' | 'name'>) => `arn:${world.partition}:sqs:${queue.region}:${queue.account}:${queue.name}`

function found(kind: EntityKind, path: string, index: number, label: string, arn?: string): EntityLocation | undefined {
  return index < 0 ? undefined : { kind, path: `${path}[${index}]`, index, label, ...(arn !== undefined ? { arn } : {}) }
}

/** The entity a reference names, or undefined when the world has none. */
export function locateEntity(world: World, ref: EntityRef): EntityLocation | undefined {
  const { key } = ref
  switch (ref.kind) {
    case 'account': {
      const i = world.accounts.findIndex((a) => a.id === key)
      return found('account', 'accounts', i, `account ${key}`)
    }
    case 'user': {
      const i = world.users.findIndex((u) => userArn(world, u.account, u.path, u.name) === key)
      return found('user', 'users', i, `user ${world.users[i]?.name ?? ''}`, key)
    }
    case 'role': {
      const i = world.roles.findIndex((r) => roleArn(world, r.account, r.path, r.name) === key)
      return found('role', 'roles', i, `role ${world.roles[i]?.name ?? ''}`, key)
    }
    case 'managedPolicy': {
      const list = world.managedPolicies ?? []
      const i = list.findIndex((p) => customerManagedPolicyArn(world.partition, p) === key)
      return found('managedPolicy', 'managedPolicies', i, `managed policy ${list[i]?.name ?? ''}`, key)
    }
    case 'scp':
    case 'rcp': {
      const section = ref.kind === 'scp' ? 'scps' : 'rcps'
      const i = (world.organization?.[section] ?? []).findIndex((p) => p.name === key)
      return found(ref.kind, `organization.${section}`, i, `${ref.kind.toUpperCase()} ${key}`)
    }
    case 'bucket': {
      const i = (world.resources?.s3Buckets ?? []).findIndex((b) => b.name === key)
      return found('bucket', 'resources.s3Buckets', i, `bucket ${key}`, bucketArn(world, { name: key }))
    }
    case 'kmsKey': {
      const list = world.resources?.kmsKeys ?? []
      const i = list.findIndex((k) => kmsKeyArn(world, k) === key)
      return found('kmsKey', 'resources.kmsKeys', i, `KMS key ${list[i]?.id ?? ''}`, key)
    }
    case 'queue': {
      const list = world.resources?.sqsQueues ?? []
      const i = list.findIndex((q) => queueArn(world, q) === key)
      return found('queue', 'resources.sqsQueues', i, `queue ${list[i]?.name ?? ''}`, key)
    }
  }
}

export function notFound(ref: EntityRef): { path: string; message: string } {
  return { path: '(the world)', message: `there is no ${ref.kind} ${ref.key} in this world` }
}
