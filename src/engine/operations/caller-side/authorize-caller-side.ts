import { callerContext, type CallerContext } from '../../authorization/caller-context.ts'
import { scpLevels } from '../../authorization/organization-policies.ts'
import { callerIdentity } from '../../identity/principal.ts'
import { authorize, type Decision } from '../../policy/authorize.ts'
import type { Policy } from '../../policy/policy-types.ts'
import { contextKeys } from '../../policy/request-context.ts'
import { rootTaskPolicy } from '../assume-root/task-policies.ts'
import type { AuthenticatedCaller, OperationContext } from '../operation.ts'

export interface CallerSideAuthorization {
  /** The first action that was not allowed, or undefined when all were. */
  deniedAction?: string
  decisions: { action: string; decision: Decision }[]
  caller: CallerContext
}

/**
 * Authorizes STS actions that only the caller's side decides, for AssumeRoot, GetWebIdentityToken
 * and GetDelegatedAccessToken: none of them has a resource policy (no trust policy, no key
 * policy), so the decision rests on the caller's identity policies, permissions boundary, session
 * policies and the SCPs of the caller's account (IAM User Guide, "Policy evaluation logic"). The
 * request is evaluated as a same-account request whatever account the resource names (the member
 * account's root for AssumeRoot): an identity policy is enough, as nothing on the resource side
 * could allow. RCPs are not applied: the Organizations documentation lists them for STS role
 * resources, not for these operations.
 *
 * A session from AssumeRoot carries its root-task policy (sessions/session.ts `taskPolicyArn`): it
 * is added to the session layer, so its Deny statements apply (every task policy denies all STS
 * actions through NotAction). The root user needs no identity policy.
 */
export function authorizeCallerSide(
  ctx: Pick<OperationContext, 'world' | 'nowMs' | 'region' | 'secureTransport' | 'sourceIp'>,
  caller: AuthenticatedCaller,
  actions: readonly string[],
  resource: string,
  requestKeys: Record<string, string | string[]>,
): CallerSideAuthorization {
  const env = { nowMs: ctx.nowMs, region: ctx.region, secureTransport: ctx.secureTransport, ...(ctx.sourceIp ? { sourceIp: ctx.sourceIp } : {}) }
  const context = callerContext(ctx.world, caller.principal, caller.session, env)
  const scps = scpLevels(ctx.world, caller.principal.account)
  const taskPolicy = caller.session?.taskPolicyArn ? rootTaskPolicy(caller.session.taskPolicyArn, ctx.world.partition) : undefined
  const session: Policy[] | undefined = taskPolicy ? [...(context.session ?? []), taskPolicy] : context.session
  const decisions: CallerSideAuthorization['decisions'] = []
  for (const action of actions) {
    const decision = authorize({
      context: { action, resource, resourceAccount: caller.principal.account, principal: context.principal, keys: contextKeys({ ...context.keys, ...requestKeys }) },
      identity: context.identity,
      ...(context.boundary ? { boundary: context.boundary } : {}),
      ...(session ? { session } : {}),
      ...(scps ? { scps } : {}),
    })
    decisions.push({ action, decision })
    if (decision.result !== 'Allow') return { deniedAction: action, decisions, caller: context }
  }
  return { decisions, caller: context }
}

/**
 * AWS's AccessDenied text for these operations: the caller as GetCallerIdentity shows it, the
 * action, the resource, and (where AWS adds it) the reason, e.g. "because no identity-based
 * policy allows the sts:GetWebIdentityToken action".
 */
export function callerSideDeniedMessage(caller: AuthenticatedCaller, action: string, resource: string, reason?: string): string {
  return `User: ${callerIdentity(caller.principal).arn} is not authorized to perform: ${action} on resource: ${resource}${reason ? ` ${reason}` : ''}`
}
