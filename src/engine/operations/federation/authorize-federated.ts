import { environmentKeys, type Environment } from '../../authorization/caller-context.ts'
import { denialOf } from '../../policy/denial.ts'
import { authorizeInOrder, type ActionDecisions } from '../../authorization/authorize-in-order.ts'
import { rcpLevels } from '../../authorization/organization-policies.ts'
import { roleAccountOf, trustPolicyOf } from '../assume/role-arn.ts'
import { contextKeys, type RequestPrincipal } from '../../policy/request-context.ts'
import type { Policy } from '../../policy/policy-types.ts'
import type { World, WorldRole } from '../../world/world-schema.ts'
import type { CheckLog } from '../../explain/checks.ts'

export interface FederatedCaller {
  type: 'WebIdentity' | 'SAML'
  /**
   * What a trust policy names as `"Federated"`: the IAM identity provider's ARN, or the name of a
   * provider built into STS (`cognito-identity.amazonaws.com`, `www.amazon.com`, `graph.facebook.com`).
   */
  providerArn: string
  providerAccount: string
}

/**
 * Authorizes AssumeRoleWithWebIdentity / AssumeRoleWithSAML: the caller is a federated principal
 * (the identity provider), which has no identity policies, so the role's trust policy alone
 * decides, limited by the RCPs of the role's account (SCPs govern IAM principals of member
 * accounts; an IdP is not one). Every action must be allowed: the assume action, then
 * sts:TagSession when the IdP passes session tags, then sts:SetSourceIdentity when it passes a
 * source identity (IAM User Guide, "Passing session tags in AWS STS": "for IdP-connected roles
 * every role needs it or the assume fails"; "Monitor and control actions taken with assumed
 * roles"). A role that does not exist trusts nobody: the same answer as a trust policy that does
 * not allow (IAM User Guide: Troubleshoot SAML federation with IAM). `trustPolicy` replaces the role's
 * when the provider limits which statements count (Cognito across accounts, oidc/cognito.ts).
 */
export function authorizeFederated(
  world: World,
  role: WorldRole | undefined,
  roleArn: string,
  caller: FederatedCaller,
  actions: readonly string[],
  requestKeys: Record<string, string | string[]>,
  env: Environment,
  trustPolicy: Policy = trustPolicyOf(role),
): ActionDecisions {
  const principal: RequestPrincipal = { type: caller.type, arn: caller.providerArn, account: caller.providerAccount, serviceOrProvider: caller.providerArn }
  const resourceAccount = roleAccountOf(role, roleArn)
  const rcps = rcpLevels(world, resourceAccount)
  const keys = contextKeys({ ...environmentKeys(env), ...requestKeys })
  return authorizeInOrder(actions, (action) => ({
    context: { action, resource: roleArn, resourceAccount, principal, keys },
    ...(rcps ? { rcps } : {}),
    resource: trustPolicy,
    resourceMustAllow: true,
  }))
}

/**
 * Logs each decision as the check `<prefix>.authorize.<action>`: `allowedWhy` for an allowed one;
 * a denied one gives the policy engine's reason, or says that the role does not exist.
 */
export function logTrustDecisions(log: CheckLog, prefix: string, authorization: ActionDecisions, role: { exists: boolean; arn: string; allowedWhy: string }): void {
  for (const { action, decision } of authorization.decisions) {
    const title = `The trust policy allows ${action}`
    if (decision.result === 'Allow') log.pass(`${prefix}.authorize.${action}`, title, role.allowedWhy)
    else log.fail(`${prefix}.authorize.${action}`, title, role.exists ? `Denied ${decision.reason}.` : `No role ${role.arn} exists; STS answers exactly as if its trust policy did not allow the provider.`, denialOf(decision))
  }
}
