import { roleArn, userArn } from '../../identity/principal-arns.ts'
import type { World } from '../world-schema.ts'
import { bucketArn, locateEntity, notFound, queueArn, type EntityLocation } from './locate-entity.ts'
import { nameTakenMessage, renamedPolicyArn } from './name-taken.ts'
import { policyDocumentsOf } from './policy-documents.ts'
import { arnRename, rewriteStrings } from './rewrite-strings.ts'
import { copyOfWorld, refused, validatedEdit, type EntityRef, type WorldEditResult } from './world-edit.ts'

/** Renames the entity in `world` (a copy) and answers its ARN after the rename, if policies can name it. */
function applyName(world: World, at: EntityLocation, newName: string): string | undefined {
  const i = at.index
  switch (at.kind) {
    case 'user': {
      const user = world.users[i]
      if (!user) return undefined
      user.name = newName
      return userArn(world, user.account, user.path, newName)
    }
    case 'role': {
      const role = world.roles[i]
      if (!role) return undefined
      role.name = newName
      return roleArn(world, role.account, role.path, newName)
    }
    case 'managedPolicy': {
      const arn = renamedPolicyArn(world, i, newName)
      const policy = world.managedPolicies?.[i]
      if (policy) policy.name = newName
      return arn
    }
    case 'scp':
    case 'rcp': {
      const policy = world.organization?.[at.kind === 'scp' ? 'scps' : 'rcps'][i]
      if (policy) policy.name = newName
      return undefined
    }
    case 'bucket': {
      const bucket = world.resources?.s3Buckets?.[i]
      if (!bucket) return undefined
      bucket.name = newName
      return bucketArn(world, bucket)
    }
    case 'queue': {
      const queue = world.resources?.sqsQueues?.[i]
      if (!queue) return undefined
      queue.name = newName
      return queueArn(world, queue)
    }
    case 'account':
    case 'kmsKey':
      return undefined
  }
}

/** `arn:aws:sts::111111111111:assumed-role/NAME/`: how role session ARNs start (no path: IAM User Guide, "IAM identifiers"). */
const sessionPrefix = (world: World, account: string, name: string) => `arn:${world.partition}:sts::${account}:assumed-role/${name}/`

/** Points managedPolicyArns and permissionsBoundaryArn at the renamed policy; notes each. */
function moveAttachments(world: World, from: string, to: string, notes: string[]): void {
  for (const [what, list] of [['user', world.users], ['role', world.roles]] as const) {
    for (const entity of list) {
      if (entity.managedPolicyArns?.includes(from)) {
        entity.managedPolicyArns = entity.managedPolicyArns.map((arn) => (arn === from ? to : arn))
        notes.push(`attachment to ${what} ${entity.name}`)
      }
      if (entity.permissionsBoundaryArn === from) {
        entity.permissionsBoundaryArn = to
        notes.push(`permissions boundary of ${what} ${entity.name}`)
      }
    }
  }
}

/**
 * Renames a user, role, customer managed policy, SCP, RCP, bucket or queue, keeping the world's
 * references consistent: every string of every policy document that is the old ARN, or the old
 * ARN followed by `/…` (`arn:aws:s3:::old/*`), names the new one; role session ARNs
 * (`…:assumed-role/OLD/…`) take the new role name; a renamed managed policy stays attached and
 * stays a boundary. The notes list each document and attachment rewritten. A name another entity
 * of the same kind already has is refused in the service's words, at the name's path; anything
 * else wrong with the name is parseWorld's problem.
 *
 * Real IAM has no way to rename a role or a managed policy (only a user, UpdateUser NewUserName),
 * and it does not rewrite policies that name the old ARN: the playground does what a learner who
 * recreated the entity under its new name and fixed every reference would have done.
 */
export function renameEntity(world: World, ref: EntityRef, newName: string): WorldEditResult {
  const at = locateEntity(world, ref)
  if (!at) return refused(notFound(ref))
  if (at.kind === 'account' || at.kind === 'kmsKey') return refused({ path: at.path, message: `${at.label} cannot be renamed: ${at.kind === 'account' ? 'an account id' : 'a key id'} is assigned by AWS` })
  const taken = nameTakenMessage(world, at, newName)
  if (taken) return refused({ path: `${at.path}.name`, message: taken })

  const edited = copyOfWorld(world)
  const oldAccount = ref.kind === 'role' ? edited.roles[at.index]?.account : undefined
  const oldName = ref.kind === 'role' ? edited.roles[at.index]?.name : undefined
  const newArn = applyName(edited, at, newName)
  const notes: string[] = []
  if (at.arn !== undefined && newArn !== undefined && newArn !== at.arn) {
    const prefixes = oldAccount !== undefined && oldName !== undefined ? ([[sessionPrefix(edited, oldAccount, oldName), sessionPrefix(edited, oldAccount, newName)]] as const) : []
    const rename = arnRename(at.arn, newArn, prefixes)
    for (const doc of policyDocumentsOf(edited)) {
      const rewritten = rewriteStrings(doc.document, rename)
      if (rewritten.changed === 0) continue
      doc.replace(rewritten.value)
      notes.push(doc.label)
    }
    if (at.kind === 'managedPolicy') moveAttachments(edited, at.arn, newArn, notes)
  }
  return validatedEdit(edited, notes)
}
