import type { World, WorldProblem, WorldRole } from '../../engine/types.ts'
import { documentText, readDocument, readTags, readWholeNumber, tagsText } from './draft-text.ts'
import { newRoleId, unusedName } from './new-ids.ts'
import { permissionsDraft, permissionsFrom, withoutPermissions, type PermissionsDraft } from './permissions-draft.ts'

/** A role as its form holds it: text for everything the learner types. */
export interface RoleDraft extends PermissionsDraft {
  name: string
  path: string
  maxSessionDuration: string
  tags: string
  trustPolicy: string
}

export function roleDraft(role: WorldRole): RoleDraft {
  return {
    name: role.name,
    path: role.path,
    maxSessionDuration: String(role.maxSessionDuration),
    tags: tagsText(role.tags),
    trustPolicy: documentText(role.trustPolicy),
    ...permissionsDraft(role),
  }
}

/** The role the draft describes (keeping what the form does not edit: account, role id), or the problems of its text. */
export function roleFromDraft(role: WorldRole, draft: RoleDraft, index: number): { role: WorldRole; problems: WorldProblem[] } {
  const base = `roles[${index}]`
  const problems: WorldProblem[] = []
  const edited: WorldRole = {
    ...withoutPermissions(role),
    name: draft.name.trim(),
    path: draft.path.trim(),
    maxSessionDuration: readWholeNumber(draft.maxSessionDuration, `${base}.maxSessionDuration`, problems),
    tags: readTags(draft.tags, `${base}.tags`, problems),
    trustPolicy: readDocument(draft.trustPolicy, `${base}.trustPolicy`, problems),
    ...permissionsFrom(draft, base, problems),
  }
  return { role: edited, problems }
}

/**
 * A new role in `account`: trusted by its own account (so any user there with sts:AssumeRole in an
 * identity policy may assume it, IAM's "Custom trust policy" starting point), no permissions yet, and
 * IAM's default maximum session duration of one hour.
 */
export function newRole(world: World, account: string): WorldRole {
  const taken = new Set(world.roles.filter((role) => role.account === account).map((role) => role.name))
  return {
    account,
    name: unusedName('NewRole', taken),
    path: '/',
    roleId: newRoleId(),
    maxSessionDuration: 3600,
    tags: {},
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:${world.partition}:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
    },
    policies: [],
  }
}
