import { callerIdentity, type Principal } from '../identity/principal.ts'
import type { Decision } from '../policy/authorize.ts'
import { contextKeys } from '../policy/request-context.ts'
import type { Session } from '../sessions/session.ts'
import type { World } from '../world/world-schema.ts'
import { authorizeInOrder, type ActionDecisions } from './authorize-in-order.ts'
import { callerContext, type CallerContext, type Environment } from './caller-context.ts'
import { scpLevels } from './organization-policies.ts'

export interface CallerAuthorization extends ActionDecisions {
  caller: CallerContext
}

/**
 * Authorizes STS actions that only the caller's side decides, because no resource policy exists
 * for them (sts:GetFederationToken, sts:GetAccessKeyInfo, sts:DecodeAuthorizationMessage,
 * sts:AssumeRoot, sts:GetWebIdentityToken, sts:GetDelegatedAccessToken, and sts:TagSession with
 * them): the caller's identity policies, permissions boundary and session policies, and the SCPs of
 * its account, evaluated as a same-account request (IAM User Guide, "Policy evaluation logic").
 * The request's condition keys are merged over the caller's. The account root needs no identity policy.
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
  const keys = contextKeys({ ...context.keys, ...requestKeys })
  const decided = authorizeInOrder(actions, (action) => ({
    context: { action, resource, resourceAccount: caller.principal.account, principal: context.principal, keys },
    identity: context.identity,
    ...(context.boundary ? { boundary: context.boundary } : {}),
    ...(context.session ? { session: context.session } : {}),
    ...(scps ? { scps } : {}),
  }))
  return { ...decided, caller: context }
}

/**
 * AWS's AccessDenied text: the caller as GetCallerIdentity shows it and the action; then
 * `on resource: <resource>` where AWS names one, and the reason where AWS adds it.
 */
export function notAuthorizedMessage(principal: Principal, action: string, resource?: string, reason?: string): string {
  return `User: ${callerIdentity(principal).arn} is not authorized to perform: ${action}${resource === undefined ? '' : ` on resource: ${resource}`}${reason ? ` ${reason}` : ''}`
}

/** The request condition keys of session tags passed in a request (IAM User Guide, "Passing session tags in AWS STS"). */
export function tagRequestKeys(tags: readonly { Key: string; Value: string }[]): Record<string, string | string[]> {
  const keys: Record<string, string | string[]> = {}
  if (tags.length === 0) return keys
  keys['aws:TagKeys'] = tags.map((t) => t.Key)
  for (const tag of tags) keys[`aws:RequestTag/${tag.Key}`] = tag.Value
  return keys
}

/** One action on Resource "*", for operations that check a single permission of the caller. */
export function authorizeCallerAction(world: World, caller: { principal: Principal; session?: Session }, action: string, env: Environment): Decision {
  const [first] = authorizeCaller(world, caller, [action], '*', {}, env).decisions
  if (!first) throw new Error('authorizeCaller decides every action it is given')
  return first.decision
}
