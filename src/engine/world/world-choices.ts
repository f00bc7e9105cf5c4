import { roleArn, userArn } from '../identity/principal-arns.ts'
import { oidcProviderArn } from '../operations/federation/oidc/oidc-provider.ts'
import { samlProviderArn } from '../operations/federation/saml/saml-provider.ts'
import type { World } from './world-schema.ts'

/**
 * What a request form can offer in its comboboxes, from the world (world-schema.ts): the ARNs and
 * serial numbers STS would accept there, built as the operations build them.
 */
export interface WorldChoices {
  accounts: { id: string; alias: string }[]
  users: { arn: string; name: string; account: string }[]
  /** RoleArn of AssumeRole*; `maxSessionDuration` bounds DurationSeconds (IAM User Guide: Update the maximum session duration for a role). */
  roles: { arn: string; name: string; account: string; maxSessionDuration: number }[]
  /** PrincipalArn of AssumeRoleWithSAML. */
  samlProviders: { arn: string; name: string; account: string }[]
  /** The IAM OIDC providers AssumeRoleWithWebIdentity verifies tokens with. */
  oidcProviders: { arn: string; url: string; account: string }[]
  /** SerialNumber of AssumeRole and GetSessionToken, per user (user ARN → serial numbers). */
  mfaDevices: { userArn: string; serialNumbers: string[] }[]
}

export function worldChoices(world: World): WorldChoices {
  return {
    accounts: world.accounts.map(({ id, alias }) => ({ id, alias })),
    users: world.users.map((user) => ({ arn: userArn(world, user.account, user.path, user.name), name: user.name, account: user.account })),
    roles: world.roles.map((role) => ({
      arn: roleArn(world, role.account, role.path, role.name),
      name: role.name,
      account: role.account,
      maxSessionDuration: role.maxSessionDuration,
    })),
    samlProviders: world.samlProviders.map((provider) => ({ arn: samlProviderArn(world, provider), name: provider.name, account: provider.account })),
    oidcProviders: world.oidcProviders.map((provider) => ({ arn: oidcProviderArn(world, provider), url: provider.url, account: provider.account })),
    mfaDevices: world.users
      .filter((user) => user.mfaDevices.length > 0)
      .map((user) => ({ userArn: userArn(world, user.account, user.path, user.name), serialNumbers: user.mfaDevices.map((device) => device.serialNumber) })),
  }
}
