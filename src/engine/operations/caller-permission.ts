import { callerContext, type CallerContext } from '../authorization/caller-context.ts'
import { scpLevels } from '../authorization/organization-policies.ts'
import { callerIdentity } from '../identity/principal.ts'
import { authorize, type AuthorizationInput, type Decision } from '../policy/authorize.ts'
import { contextKeys } from '../policy/request-context.ts'
import type { AuthenticatedCaller, OperationContext } from './operation.ts'

export interface CallerPermission {
  decision: Decision
  /** What was authorized (for traces and encoded authorization messages). */
  request: AuthorizationInput
  /** The caller's policies and global condition keys, names as IAM writes them. */
  caller: CallerContext
}

/**
 * Authorizes an STS action that has no resource type (the Service Authorization Reference lists
 * none for sts:GetAccessKeyInfo and sts:DecodeAuthorizationMessage, so policies grant them on
 * Resource "*"): only the caller's side decides: the organization's SCPs, the identity policies,
 * the permissions boundary and session policies. The account root needs no identity policy.
 */
export function authorizeCallerAction(ctx: OperationContext, caller: AuthenticatedCaller, action: string): CallerPermission {
  const env = { nowMs: ctx.nowMs, region: ctx.region, secureTransport: ctx.secureTransport, ...(ctx.sourceIp ? { sourceIp: ctx.sourceIp } : {}) }
  const context = callerContext(ctx.world, caller.principal, caller.session, env)
  const scps = scpLevels(ctx.world, caller.principal.account)
  const request: AuthorizationInput = {
    context: { action, resource: '*', resourceAccount: caller.principal.account, principal: context.principal, keys: contextKeys(context.keys) },
    identity: context.identity,
    ...(context.boundary ? { boundary: context.boundary } : {}),
    ...(context.session ? { session: context.session } : {}),
    ...(scps ? { scps } : {}),
  }
  return { decision: authorize(request), request, caller: context }
}

/** AWS's AccessDenied text for an action without a resource: `User: <caller ARN> is not authorized to perform: <action>`. */
export function notAuthorizedMessage(caller: AuthenticatedCaller, action: string): string {
  return `User: ${callerIdentity(caller.principal).arn} is not authorized to perform: ${action}`
}
