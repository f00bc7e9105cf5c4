import { callerContext, type Environment } from '../../authorization/caller-context.ts'
import { scpLevels } from '../../authorization/organization-policies.ts'
import { callerIdentity, type Principal } from '../../identity/principal.ts'
import { authorize, type Decision } from '../../policy/authorize.ts'
import { contextKeys } from '../../policy/request-context.ts'
import type { Session } from '../../sessions/session.ts'
import type { World } from '../../world/world-schema.ts'

export interface CallerAuthorization {
  /** The first action that was not allowed, or undefined when all were. */
  deniedAction?: string
  decisions: { action: string; decision: Decision }[]
}

/**
 * Authorizes the caller for STS actions that only the caller's own policies decide (no resource
 * policy): its identity policies, permissions boundary and session policies, and the SCPs of its
 * account, on `resource`, with the request's condition keys merged over the caller's. The account
 * root needs no identity policy (SCPs still limit the root user of a member account).
 * Used by GetFederationToken for sts:GetFederationToken and sts:TagSession.
 */
export function authorizeCaller(
  world: World,
  caller: { principal: Principal; session?: Session },
  actions: readonly string[],
  resource: string,
  requestKeys: Record<string, string | string[]>,
  env: Environment,
): CallerAuthorization {
  const context = callerContext(world, caller.principal, caller.session, env)
  const scps = scpLevels(world, caller.principal.account)
  const decisions: CallerAuthorization['decisions'] = []
  for (const action of actions) {
    const decision = authorize({
      context: {
        action,
        resource,
        resourceAccount: caller.principal.account,
        principal: context.principal,
        keys: contextKeys({ ...context.keys, ...requestKeys }),
      },
      identity: context.identity,
      ...(context.boundary ? { boundary: context.boundary } : {}),
      ...(context.session ? { session: context.session } : {}),
      ...(scps ? { scps } : {}),
    })
    decisions.push({ action, decision })
    if (decision.result !== 'Allow') return { deniedAction: action, decisions }
  }
  return { decisions }
}

/** AWS's AccessDenied text: `User: <caller ARN> is not authorized to perform: <action> on resource: <resource>`. */
export function notAuthorizedMessage(principal: Principal, action: string, resource: string): string {
  return `User: ${callerIdentity(principal).arn} is not authorized to perform: ${action} on resource: ${resource}`
}

/** The request condition keys of session tags passed in a request (IAM User Guide, "Passing session tags in AWS STS"). */
export function tagRequestKeys(tags: readonly { Key: string; Value: string }[]): Record<string, string | string[]> {
  const keys: Record<string, string | string[]> = {}
  if (tags.length === 0) return keys
  keys['aws:TagKeys'] = tags.map((t) => t.Key)
  for (const tag of tags) keys[`aws:RequestTag/${tag.Key}`] = tag.Value
  return keys
}
