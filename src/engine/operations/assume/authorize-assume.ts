import { callerContext, type Environment } from '../../authorization/caller-context.ts'
import { rcpLevels, scpLevels } from '../../authorization/organization-policies.ts'
import { callerIdentity, type Principal } from '../../identity/principal.ts'
import { authorize, type Decision } from '../../policy/authorize.ts'
import { contextKeys } from '../../policy/request-context.ts'
import { roleAccountOf, trustPolicyOf } from './role-arn.ts'
import type { Session } from '../../sessions/session.ts'
import type { World, WorldRole } from '../../world/world-schema.ts'

export interface AssumeRequestKeys {
  /** Request condition keys of this call: sts:ExternalId, sts:RoleSessionName, aws:RequestTag/…, MFA, … */
  keys: Record<string, string | string[]>
}

export interface AssumeAuthorization {
  /** The first action that was not allowed, or undefined when all were. */
  deniedAction?: string
  decisions: { action: string; decision: Decision }[]
}

/**
 * Authorizes an AssumeRole call through the policy engine: the role's trust policy (a resource
 * policy that must allow explicitly) and the caller's identity policies, boundary and session
 * policies (and the organization's SCPs and RCPs, if any), for sts:AssumeRole and, when the request passes them, sts:TagSession (Tags or
 * TransitiveTagKeys) and sts:SetSourceIdentity (SourceIdentity) (learning-and-evaluation.md §2.4;
 * IAM User Guide "Passing session tags", "Monitor and control actions taken with assumed roles").
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
): AssumeAuthorization {
  const context = callerContext(world, caller.principal, caller.session, env)
  const decisions: AssumeAuthorization['decisions'] = []
  const resourceAccount = roleAccountOf(role, roleArn)
  const scps = scpLevels(world, caller.principal.account)
  const rcps = rcpLevels(world, resourceAccount)
  for (const action of actions) {
    const decision = authorize({
      context: {
        action,
        resource: roleArn,
        resourceAccount,
        principal: context.principal,
        keys: contextKeys({ ...context.keys, ...request.keys }),
      },
      identity: context.identity,
      ...(context.boundary ? { boundary: context.boundary } : {}),
      ...(context.session ? { session: context.session } : {}),
      ...(scps ? { scps } : {}),
      ...(rcps ? { rcps } : {}),
      resource: trustPolicyOf(role),
      resourceMustAllow: true,
    })
    decisions.push({ action, decision })
    if (decision.result !== 'Allow') return { deniedAction: action, decisions }
  }
  return { decisions }
}

/** AWS's AccessDenied text: the caller as GetCallerIdentity shows it, the RoleArn as given (sts-facts §4.1, fact 30). */
export function assumeDeniedMessage(principal: Principal, action: string, roleArn: string): string {
  return `User: ${callerIdentity(principal).arn} is not authorized to perform: ${action} on resource: ${roleArn}`
}
