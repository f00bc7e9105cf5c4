import type { ActionDecisions } from '../authorize-in-order.ts'
import type { Environment } from '../caller-context.ts'
import { rootArn, roleArn, userArn } from '../../identity/principal-arns.ts'
import { assumeRoleAuthorizer, ROOT_CANNOT_ASSUME_ROLES } from '../../operations/assume/authorize-assume.ts'
import { authorizeFederated, type FederatedCaller } from '../../operations/federation/authorize-federated.ts'
import { COGNITO_PRINCIPAL, crossAccountCognitoTrust } from '../../operations/federation/oidc/cognito.ts'
import { oidcProviderArn } from '../../operations/federation/oidc/oidc-provider.ts'
import { samlProviderArn } from '../../operations/federation/saml/saml-provider.ts'
import type { Policy } from '../../policy/policy-types.ts'
import type { Session } from '../../sessions/session.ts'
import type { World, WorldRole } from '../../world/world-schema.ts'
import type { AssumeAction, AssumerPrincipal } from './who-can-assume-types.ts'

/** The session name of the neutral request: RoleSessionName is required, and no value is special. */
export const NEUTRAL_SESSION_NAME = 'who-can-assume'

/** What the question needs to know about the role. */
export interface AssumeTarget {
  world: World
  /** The role, when the world has it (a role being created has none yet). */
  role: WorldRole | undefined
  roleArn: string
  roleAccount: string
  env: Environment
}

/** One principal of the world and how the operation it would call authorizes it. */
export interface Assumer {
  principal: AssumerPrincipal
  action: AssumeAction
  /** A refusal before any policy is read (the operation's own words), if there is one. */
  refusal?: string
  /** The statements STS counts for this caller (Cognito across accounts counts only some). */
  trustFor?: (trust: Policy) => Policy
  /** The operation's authorization with a neutral request, against this trust policy (the caller's side is worked out once). */
  authorize: (trust: Policy) => ActionDecisions
}

const OAUTH2_LABELS: Record<string, string> = { 'www.amazon.com': 'Login with Amazon', 'graph.facebook.com': 'Facebook' }

/** A role session as AssumeRole issued it: no MFA, no tags, no session policies (role chaining). */
function neutralRoleSession(world: World, role: WorldRole, env: Environment): Session {
  return {
    v: 1,
    issuedBy: 'AssumeRole',
    accessKeyId: 'ASIAWHOCANASSUMEROLE',
    issuedAt: env.nowMs,
    expiresAt: env.nowMs + 3600_000,
    account: role.account,
    partition: world.partition,
    role: { name: role.name, path: role.path, roleId: role.roleId, sessionName: NEUTRAL_SESSION_NAME },
    tags: {},
    transitiveTagKeys: [],
    policies: [],
    policyArns: [],
    region: env.region,
  }
}

function iamAssumers(target: AssumeTarget): Assumer[] {
  const { world, role, roleArn: arn, env } = target
  const keys = { keys: { 'sts:RoleSessionName': NEUTRAL_SESSION_NAME } }
  const action = 'sts:AssumeRole' as const
  const never = (): ActionDecisions => ({ decisions: [] })
  return [
    ...world.users.map((user): Assumer => {
      const principal = { kind: 'user', partition: world.partition, account: user.account, name: user.name, path: user.path, userId: user.userId } as const
      const authorizer = assumeRoleAuthorizer(world, { principal }, role, arn, keys, env)
      return {
        principal: { kind: 'user', arn: userArn(world, user.account, user.path, user.name), label: `user ${user.name} (${user.account})` },
        action,
        authorize: (trust) => authorizer([action], trust),
      }
    }),
    ...world.accounts.map((account): Assumer => ({
      principal: { kind: 'root', arn: rootArn(world, account.id), label: `root user of ${account.id}${account.alias ? ` (${account.alias})` : ''}` },
      action,
      refusal: ROOT_CANNOT_ASSUME_ROLES,
      authorize: never,
    })),
    ...world.roles.map((caller): Assumer => {
      const principal = { kind: 'assumed-role', partition: world.partition, account: caller.account, roleName: caller.name, rolePath: caller.path, roleId: caller.roleId, sessionName: NEUTRAL_SESSION_NAME } as const
      const authorizer = assumeRoleAuthorizer(world, { principal, session: neutralRoleSession(world, caller, env) }, role, arn, keys, env)
      return {
        principal: { kind: 'role-session', arn: roleArn(world, caller.account, caller.path, caller.name), label: `sessions of role ${caller.name} (${caller.account})` },
        action,
        authorize: (trust) => authorizer([action], trust),
      }
    }),
  ]
}

function federatedAssumers(target: AssumeTarget): Assumer[] {
  const { world, role, roleArn: arn, roleAccount, env } = target
  const federated = (action: AssumeAction, caller: FederatedCaller, requestKeys: Record<string, string>) => (trust: Policy) => authorizeFederated(world, role, arn, caller, [action], requestKeys, env, trust)
  const web = 'sts:AssumeRoleWithWebIdentity' as const
  const webKeys = { 'sts:RoleSessionName': NEUTRAL_SESSION_NAME }
  const out: Assumer[] = []
  for (const provider of world.samlProviders) {
    const providerArn = samlProviderArn(world, provider)
    const elsewhere = provider.account !== roleAccount
    out.push({
      principal: { kind: 'saml-provider', arn: providerArn, label: `SAML provider ${provider.name} (${provider.account})` },
      action: 'sts:AssumeRoleWithSAML',
      ...(elsewhere ? { refusal: `The role is in account ${roleAccount}, the provider in ${provider.account}: a role trusts only its own account's SAML providers.` } : {}),
      authorize: federated('sts:AssumeRoleWithSAML', { type: 'SAML', providerArn, providerAccount: provider.account }, {}),
    })
  }
  for (const provider of world.oidcProviders) {
    const providerArn = oidcProviderArn(world, provider)
    const elsewhere = provider.account !== roleAccount
    out.push({
      principal: { kind: 'oidc-provider', arn: providerArn, label: `OIDC provider ${provider.url} (${provider.account})` },
      action: web,
      ...(elsewhere ? { refusal: `STS looks the token's issuer up among the IAM OIDC providers of the role's account (${roleAccount}); this provider is in ${provider.account}.` } : {}),
      authorize: federated(web, { type: 'WebIdentity', providerArn, providerAccount: provider.account }, webKeys),
    })
  }
  for (const provider of world.oauth2Providers ?? []) {
    out.push({
      principal: { kind: 'oauth2-provider', arn: provider.providerId, label: `${OAUTH2_LABELS[provider.providerId] ?? provider.providerId} (${provider.providerId})` },
      action: web,
      authorize: federated(web, { type: 'WebIdentity', providerArn: provider.providerId, providerAccount: '' }, webKeys),
    })
  }
  const cognito = world.cognito
  if (cognito) {
    const pools = cognito.identityPools.length > 0 ? cognito.identityPools : [{ id: '', account: '', name: 'an identity pool outside the world' }]
    for (const pool of pools) {
      const crossAccount = pool.account !== roleAccount
      out.push({
        principal: { kind: 'cognito', arn: COGNITO_PRINCIPAL, label: `Cognito identity pool ${pool.name}${pool.id ? ` (${pool.id}, ${pool.account})` : ''}` },
        action: web,
        ...(crossAccount ? { trustFor: (trust: Policy) => crossAccountCognitoTrust(trust).policy } : {}),
        authorize: federated(web, { type: 'WebIdentity', providerArn: COGNITO_PRINCIPAL, providerAccount: pool.account }, webKeys),
      })
    }
  }
  return out
}

/** Every principal of the world that could call an assume operation on the role, with how each is authorized. */
export function worldAssumers(target: AssumeTarget): Assumer[] {
  return [...iamAssumers(target), ...federatedAssumers(target)]
}
