import { customerManagedPolicyArn, roleArn, rootArn, userArn } from '../../engine/world-model.ts'
import type { World } from '../../engine/types.ts'

/**
 * The sections of the World view, in the order IAM's console lists them, then what sits beside IAM
 * (the organization, resources with their policies, identity providers). The first four are lists
 * of entities; the rest are edited whole.
 */
export const WORLD_SECTIONS = [
  { id: 'accounts', title: 'Accounts' },
  { id: 'users', title: 'Users' },
  { id: 'roles', title: 'Roles' },
  { id: 'policies', title: 'Policies' },
  { id: 'aws-policies', title: 'AWS managed policies' },
  { id: 'organization', title: 'Organization' },
  { id: 'resources', title: 'Resources' },
  { id: 'providers', title: 'Identity providers' },
] as const

export type WorldSectionId = (typeof WORLD_SECTIONS)[number]['id']
/** The sections that list entities one by one. */
export type EntitySectionId = 'accounts' | 'users' | 'roles' | 'policies'

export function isWorldSection(value: string): value is WorldSectionId {
  return WORLD_SECTIONS.some((section) => section.id === value)
}

/** One row of an entity list: `key` stays the same while the entity keeps its identity (its ARN or id). */
export interface EntityEntry {
  key: string
  /** Index in the world's array (users[3], roles[12]…). */
  index: number
  title: string
  /** The ARN, or the alias for an account. */
  subtitle: string
  /** Lower-case text the search box matches. */
  haystack: string
}

function entry(key: string, index: number, title: string, subtitle: string): EntityEntry {
  return { key, index, title, subtitle, haystack: `${title} ${subtitle}`.toLowerCase() }
}

/** The rows of an entity section, in the world's order. */
export function entityEntries(world: World, section: EntitySectionId): EntityEntry[] {
  switch (section) {
    case 'accounts':
      return world.accounts.map((account, index) => entry(rootArn(world, account.id), index, account.id, account.alias))
    case 'users':
      return world.users.map((user, index) => {
        const arn = userArn(world, user.account, user.path, user.name)
        return entry(arn, index, user.name, arn)
      })
    case 'roles':
      return world.roles.map((role, index) => {
        const arn = roleArn(world, role.account, role.path, role.name)
        return entry(arn, index, `${role.path === '/' ? '' : role.path}${role.name}`, arn)
      })
    case 'policies':
      return (world.managedPolicies ?? []).map((policy, index) => {
        const arn = customerManagedPolicyArn(world.partition, policy)
        return entry(arn, index, policy.name, arn)
      })
  }
}

/** Rows whose name or ARN holds every word of the query (any order, any case). */
export function filterEntries<T extends { haystack: string }>(entries: readonly T[], query: string): readonly T[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word.length > 0)
  if (words.length === 0) return entries
  return entries.filter((candidate) => words.every((word) => candidate.haystack.includes(word)))
}

/** How many entities a section holds, for the navigation. Undefined for sections edited whole. */
export function sectionCount(world: World, section: WorldSectionId): number | undefined {
  switch (section) {
    case 'accounts':
      return world.accounts.length
    case 'users':
      return world.users.length
    case 'roles':
      return world.roles.length
    case 'policies':
      return world.managedPolicies?.length ?? 0
    case 'organization':
      return world.organization === undefined ? 0 : world.organization.scps.length + world.organization.rcps.length
    case 'resources': {
      const resources = world.resources
      return (resources?.s3Buckets?.length ?? 0) + (resources?.kmsKeys?.length ?? 0) + (resources?.sqsQueues?.length ?? 0)
    }
    case 'providers':
      return world.samlProviders.length + world.oidcProviders.length + (world.oauth2Providers?.length ?? 0) + (world.cognito === undefined ? 0 : 1)
    case 'aws-policies':
      return undefined
  }
}
