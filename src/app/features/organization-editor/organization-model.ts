import type { World } from '../../engine/types.ts'

/** The world's AWS Organization (world-schema.ts `organization`). */
export type Organization = NonNullable<World['organization']>
/** An SCP or an RCP with its targets. */
export type OrgPolicy = Organization['scps'][number]
/** The two lists of organization policies. */
export type OrgPolicyKind = 'scp' | 'rcp'

const LIST: Record<OrgPolicyKind, 'scps' | 'rcps'> = { scp: 'scps', rcp: 'rcps' }

/** `scps` or `rcps`: where a kind's policies are in the organization (and in problem paths). */
export function listOf(kind: OrgPolicyKind): 'scps' | 'rcps' {
  return LIST[kind]
}

/** The world with `organization` in it, or without one when it is undefined. */
export function setOrganization(world: World, organization: Organization | undefined): World {
  const next: World = { ...world }
  if (organization === undefined) delete next.organization
  else next.organization = organization
  return next
}

/** The organization with its `kind` list replaced by `policies`. */
function withPolicies(organization: Organization, kind: OrgPolicyKind, policies: OrgPolicy[]): Organization {
  return { ...organization, [listOf(kind)]: policies }
}

/** The world with the SCP (RCP) at `index` replaced. */
export function replacePolicy(world: World, organization: Organization, kind: OrgPolicyKind, index: number, policy: OrgPolicy): World {
  return setOrganization(world, withPolicies(organization, kind, organization[listOf(kind)].map((item, i) => (i === index ? policy : item))))
}

/** The world with `policy` added at the end of the SCPs (RCPs). */
export function addPolicy(world: World, organization: Organization, kind: OrgPolicyKind, policy: OrgPolicy): World {
  return setOrganization(world, withPolicies(organization, kind, [...organization[listOf(kind)], policy]))
}

/** The world without the SCP (RCP) at `index`. */
export function removePolicy(world: World, organization: Organization, kind: OrgPolicyKind, index: number): World {
  return setOrganization(world, withPolicies(organization, kind, organization[listOf(kind)].filter((_, i) => i !== index)))
}
