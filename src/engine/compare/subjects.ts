import { rolesTrusting } from '../idp/simulated-providers.ts'
import { rootArn } from '../identity/principal-arns.ts'
import { worldChoices } from '../world/world-choices.ts'
import type { World, WorldRole, WorldUser } from '../world/world-schema.ts'
import type { ComparisonChoices, ComparisonPicks } from './comparison-types.ts'

/** The principals, roles and providers the table can be computed with. */
export function comparisonChoices(world: World): ComparisonChoices {
  const choices = worldChoices(world)
  const keyed = new Set(world.users.filter((user) => user.accessKeys.length > 0).map((user) => `${user.account}/${user.name}`))
  // worldChoices lists providers in the world's order: keep those a simulated IdP can sign in to.
  const saml = choices.samlProviders.filter((_, index) => world.samlProviders[index]?.simulatedIdp !== undefined)
  const oidc = choices.oidcProviders.filter((_, index) => world.oidcProviders[index]?.simulatedIdp !== undefined)
  return {
    users: choices.users.filter((user) => keyed.has(`${user.account}/${user.name}`)).map(({ arn, name }) => ({ arn, name })),
    roles: choices.roles.map(({ arn, name, maxSessionDuration }) => ({ arn, name, maxSessionDuration })),
    samlRoles: saml.flatMap((provider) => rolesTrusting(world, provider.arn).map((roleArn) => ({ roleArn, providerArn: provider.arn }))),
    webIdentityRoles: oidc.flatMap((provider) => rolesTrusting(world, provider.arn).map((roleArn) => ({ roleArn, providerArn: provider.arn }))),
  }
}

export interface ResolvedSubjects {
  user?: { arn: string; user: WorldUser }
  root?: { arn: string; account: string; accessKeyId: string; secretAccessKey: string }
  /** Roles to try for AssumeRole, the picked one first, else the longest MaxSessionDuration first. */
  roleCandidates: { arn: string; role: WorldRole }[]
  saml?: { providerArn: string; roleArn: string }
  webIdentity?: { providerArn: string; roleArn: string }
}

/**
 * What the table is computed with: the picks where they name something in the world, else the
 * first IAM user with an access key (one with an MFA device first, so MFA can be shown), its
 * account's root user, and the first provider–role pairs with a simulated IdP.
 */
export function resolveSubjects(world: World, picks: ComparisonPicks = {}): ResolvedSubjects {
  const choices = worldChoices(world)
  const users = choices.users.map((choice, index) => ({ arn: choice.arn, user: world.users[index] as WorldUser })).filter((u) => u.user.accessKeys.length > 0)
  const user = users.find((u) => u.arn === picks.userArn) ?? users.find((u) => u.user.mfaDevices.length > 0) ?? users[0]
  const account = world.accounts.find((a) => a.id === user?.user.account)
  const rootKey = account?.root.accessKeys[0]
  const roles = choices.roles.map((choice, index) => ({ arn: choice.arn, role: world.roles[index] as WorldRole }))
  const sameAccount = roles.filter((r) => r.role.account === user?.user.account)
  const byLength = [...sameAccount].sort((a, b) => b.role.maxSessionDuration - a.role.maxSessionDuration)
  const picked = roles.find((r) => r.arn === picks.roleArn)
  const pairs = comparisonChoices(world)
  const saml = pairs.samlRoles.find((p) => p.roleArn === picks.samlRoleArn) ?? pairs.samlRoles[0]
  const webIdentity = pairs.webIdentityRoles.find((p) => p.roleArn === picks.webIdentityRoleArn) ?? pairs.webIdentityRoles[0]
  return {
    ...(user ? { user } : {}),
    ...(account && rootKey ? { root: { arn: rootArn(world, account.id), account: account.id, ...rootKey } } : {}),
    roleCandidates: picked ? [picked] : byLength,
    ...(saml ? { saml } : {}),
    ...(webIdentity ? { webIdentity } : {}),
  }
}
