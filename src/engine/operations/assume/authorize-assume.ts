import { authorizeInOrder, type ActionDecisions } from '../../authorization/authorize-in-order.ts'
import { callerContext, type Environment } from '../../authorization/caller-context.ts'
import { rcpLevels, scpLevels } from '../../authorization/organization-policies.ts'
import { callerIdentity, type Principal } from '../../identity/principal.ts'
import { contextKeys } from '../../policy/request-context.ts'
import { roleAccountOf, trustPolicyOf } from './role-arn.ts'
import type { Policy } from '../../policy/policy-types.ts'
import type { Session } from '../../sessions/session.ts'
import type { RequestedTags } from './session-tags.ts'
import type { World, WorldRole } from '../../world/world-schema.ts'

export interface AssumeRequestKeys {
  /** Request condition keys of this call: sts:ExternalId, sts:RoleSessionName, aws:RequestTag/…, MFA, … */
  keys: Record<string, string | string[]>
}

/** An AssumeRole authorization with everything about the caller worked out: give it the actions and the trust policy. */
export type AssumeRoleAuthorizer = (actions: readonly string[], trustPolicy: Policy) => ActionDecisions

/**
 * The caller's side of an AssumeRole authorization (identity policies, boundary, session
 * policies, SCPs, RCPs and condition keys), worked out once: who-can-assume.ts asks the same
 * callers again for each draft of a trust policy.
 */
export function assumeRoleAuthorizer(
  world: World,
  caller: { principal: Principal; session?: Session },
  role: WorldRole | undefined,
  roleArn: string,
  request: AssumeRequestKeys,
  env: Environment,
): AssumeRoleAuthorizer {
  const context = callerContext(world, caller.principal, caller.session, env)
  const resourceAccount = roleAccountOf(role, roleArn)
  const scps = scpLevels(world, caller.principal.account)
  const rcps = rcpLevels(world, resourceAccount)
  const keys = contextKeys({ ...context.keys, ...request.keys })
  return (actions, trustPolicy) =>
    authorizeInOrder(actions, (action) => ({
      context: { action, resource: roleArn, resourceAccount, principal: context.principal, keys },
      identity: context.identity,
      ...(context.boundary ? { boundary: context.boundary } : {}),
      ...(context.session ? { session: context.session } : {}),
      ...(scps ? { scps } : {}),
      ...(rcps ? { rcps } : {}),
      resource: trustPolicy,
      resourceMustAllow: true,
    }))
}

/**
 * Authorizes an AssumeRole call through the policy engine: the role's trust policy (a resource
 * policy that must allow explicitly) and the caller's identity policies, boundary and session
 * policies (and the organization's SCPs and RCPs, if any), for sts:AssumeRole and, when the request passes them, sts:TagSession (Tags or
 * TransitiveTagKeys) and sts:SetSourceIdentity (SourceIdentity) (AWS STS API Reference:
 * AssumeRole; IAM User Guide "Policy evaluation logic", "Passing session tags", "Monitor and control actions taken with assumed roles").
 * A role that does not exist gets the same answer as one that does not trust the caller.
 */
export function authorizeAssumeRole(
  world: World,
  caller: { principal: Principal; session?: Session },
  role: WorldRole | undefined,
  roleArn: string,
  actions: readonly string[],
  request: AssumeRequestKeys,
  env: Environment,
): ActionDecisions {
  return assumeRoleAuthorizer(world, caller, role, roleArn, request, env)(actions, trustPolicyOf(role))
}

/** AssumeRole's AccessDenied message for a caller signing with the account's root credentials, before any policy is read. */
export const ROOT_CANNOT_ASSUME_ROLES = 'Roles may not be assumed by root accounts.'

/**
 * The permissions an assume call needs, in the order they are checked: the assume action, then
 * sts:TagSession when it passes session tags or transitive tag keys, then sts:SetSourceIdentity
 * when it sets a source identity (IAM User Guide, "Passing session tags in AWS STS"). A chained
 * AssumeRole whose calling session carries a source identity sets it too, passed or not (IAM User
 * Guide, "Monitor and control actions taken with assumed roles"): assume-role.ts gives that value.
 */
export function assumeActions(action: string, requested: RequestedTags, sourceIdentity: string | undefined): string[] {
  const actions = [action]
  if (requested.tags.length > 0 || requested.transitiveTagKeys.length > 0) actions.push('sts:TagSession')
  if (sourceIdentity !== undefined) actions.push('sts:SetSourceIdentity')
  return actions
}

/** AWS's AccessDenied text: the caller as GetCallerIdentity shows it, the RoleArn as given (observed against AWS, justincormack/argmin sts_oracle.rs; amzn/selling-partner-api-models#2523). */
export function assumeDeniedMessage(principal: Principal, action: string, roleArn: string): string {
  return `User: ${callerIdentity(principal).arn} is not authorized to perform: ${action} on resource: ${roleArn}`
}
