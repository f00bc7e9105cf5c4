import type { World, WorldProblem, WorldUser } from '../../engine/types.ts'
import { readTags, tagsText } from './draft-text.ts'
import { newAccessKey, newUserId, unusedName } from './new-ids.ts'
import { permissionsDraft, permissionsFrom, withoutPermissions, type PermissionsDraft } from './permissions-draft.ts'

/** A user as the form holds it. Access keys and MFA devices are added and removed whole, so they stay values. */
export interface UserDraft extends PermissionsDraft {
  name: string
  path: string
  tags: string
  accessKeys: WorldUser['accessKeys']
  mfaDevices: WorldUser['mfaDevices']
}

export function userDraft(user: WorldUser): UserDraft {
  return { name: user.name, path: user.path, tags: tagsText(user.tags), accessKeys: user.accessKeys, mfaDevices: user.mfaDevices, ...permissionsDraft(user) }
}

export function userFromDraft(user: WorldUser, draft: UserDraft, index: number): { user: WorldUser; problems: WorldProblem[] } {
  const base = `users[${index}]`
  const problems: WorldProblem[] = []
  const edited: WorldUser = {
    ...withoutPermissions(user),
    name: draft.name.trim(),
    path: draft.path.trim(),
    tags: readTags(draft.tags, `${base}.tags`, problems),
    accessKeys: draft.accessKeys,
    mfaDevices: draft.mfaDevices,
    ...permissionsFrom(draft, base, problems),
  }
  return { user: edited, problems }
}

/** A new user in `account` with one access key, so it can be picked as a caller at once. IAM allows two keys per user. */
export function newUser(world: World, account: string): WorldUser {
  const taken = new Set(world.users.filter((user) => user.account === account).map((user) => user.name))
  return { account, name: unusedName('new-user', taken), path: '/', userId: newUserId(), tags: {}, accessKeys: [newAccessKey()], mfaDevices: [], policies: [] }
}

/** IAM's limit: "You can have a maximum of two access keys (active or inactive) per user" (IAM User Guide, "Manage access keys for IAM users"). */
export const MAX_ACCESS_KEYS = 2
