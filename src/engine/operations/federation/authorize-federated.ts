import type { Environment } from '../../authorization/caller-context.ts'
import { rcpLevels } from '../../authorization/organization-policies.ts'
import { authorize } from '../../policy/authorize.ts'
import { roleAccountOf, trustPolicyOf } from '../assume/role-arn.ts'
import { contextKeys, type RequestPrincipal } from '../../policy/request-context.ts'
import type { World, WorldRole } from '../../world/world-schema.ts'
import type { AssumeAuthorization } from '../assume/authorize-assume.ts'

export interface FederatedCaller {
  type: 'WebIdentity' | 'SAML'
  /** The IAM identity provider's ARN: what a trust policy names as `"Federated"`. */
  providerArn: string
  providerAccount: string
}

/** The request's environment as global condition keys (no caller keys: the caller is not an IAM identity). */
function environmentKeys(env: Environment): Record<string, string> {
  const keys: Record<string, string> = {
    'aws:CurrentTime': new Date(env.nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:EpochTime': String(Math.floor(env.nowMs / 1000)),
    'aws:RequestedRegion': env.region,
    'aws:SecureTransport': env.secureTransport ? 'true' : 'false',
  }
  if (env.sourceIp) keys['aws:SourceIp'] = env.sourceIp
  return keys
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
 * not allow (sts-facts §6.8 table, "Role missing / trust denies").
 */
export function authorizeFederated(
  world: World,
  role: WorldRole | undefined,
  roleArn: string,
  caller: FederatedCaller,
  actions: readonly string[],
  requestKeys: Record<string, string | string[]>,
  env: Environment,
): AssumeAuthorization {
  const principal: RequestPrincipal = { type: caller.type, arn: caller.providerArn, account: caller.providerAccount, serviceOrProvider: caller.providerArn }
  const resourceAccount = roleAccountOf(role, roleArn)
  const rcps = rcpLevels(world, resourceAccount)
  const keys = contextKeys({ ...environmentKeys(env), ...requestKeys })
  const decisions: AssumeAuthorization['decisions'] = []
  for (const action of actions) {
    const decision = authorize({
      context: { action, resource: roleArn, resourceAccount, principal, keys },
      ...(rcps ? { rcps } : {}),
      resource: trustPolicyOf(role),
      resourceMustAllow: true,
    })
    decisions.push({ action, decision })
    if (decision.result !== 'Allow') return { deniedAction: action, decisions }
  }
  return { decisions }
}
