import type { ComparisonRow, ExperimentCaller } from './comparison-types.ts'
import { worldUserCaller } from './issue-callers.ts'
import { succeeded } from './experiment-runner.ts'
import { measureLifetime } from './measure-lifetime.ts'
import { ALL_CALLERS, type RowContext } from './row-context.ts'
import { mfaSupport, restrictionsOf, sessionPolicySupport, whoCanCall } from './row-facts.ts'
import { issuedCaller } from './experiment-runner.ts'
import type { QueryValue } from '../protocol/query-codec.ts'

/** The audit task policy: the one AssumeRoot task any member account allows (IAM User Guide, "Perform a privileged task on an AWS Organizations member account"). */
const TASK_POLICY = 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'

/**
 * A newer operation's row, measured with the IAM user (the management account's, for AssumeRoot).
 * A world without what the operation needs (an organization with centralized root access,
 * outbound identity federation) refuses it: the row then points at that refusal.
 */
async function newerRow(context: RowContext, operation: 'AssumeRoot' | 'GetWebIdentityToken', parameters: Record<string, QueryValue>, caller?: ExperimentCaller): Promise<ComparisonRow | undefined> {
  const { runner, issued } = context
  const user = caller ?? issued.callers['iam-user']
  if (!user) return undefined
  const who = await whoCanCall(runner, operation, issued.callers, ALL_CALLERS, operation, parameters)
  const byDefault = await runner.sts(`${operation}.iam-user.duration-default`, 'DurationSeconds left out: the default', user, operation, parameters)
  if (!succeeded(byDefault)) return { operation, section: 'newer', who, lifetime: [], restrictions: [], unavailable: { experiment: byDefault.id } }
  const lifetime = await measureLifetime(runner, { id: `${operation}.iam-user`, line: 'standard', caller: user, operation, parameters })
  const mfa = await mfaSupport(runner, operation, user, operation, parameters, issued.mfa)
  const sessionPolicy = await sessionPolicySupport(runner, operation, user, operation, parameters)
  const holder = issuedCaller('root', `root session from ${operation}`, byDefault)
  return {
    operation,
    section: 'newer',
    who,
    lifetime: lifetime ? [lifetime] : [],
    ...(mfa ? { mfa } : {}),
    ...(sessionPolicy ? { sessionPolicy } : {}),
    restrictions: await restrictionsOf(runner, operation, holder, context.followUps),
  }
}

/**
 * AssumeRoot is called from the organization's management account (or the delegated IAM
 * administrator) for a member account: measured with an IAM user of those accounts when the world
 * has one, for a member account other than the caller's.
 */
export function assumeRootRow(context: RowContext): Promise<ComparisonRow | undefined> {
  const { world } = context
  const organization = world.organization
  const administrators = organization ? [organization.managementAccount, organization.delegatedIamAdministrator] : []
  const index = world.users.findIndex((user) => administrators.includes(user.account) && user.accessKeys.length > 0)
  const administrator = world.users[index]
  const caller = administrator ? worldUserCaller(world, administrator) : undefined
  const callerAccount = administrator?.account ?? context.subjects.user?.user.account
  const member = organization?.accounts.find((account) => account !== organization.managementAccount && account !== callerAccount) ?? context.followUps.targetAccount
  return newerRow(context, 'AssumeRoot', { TargetPrincipal: member, TaskPolicyArn: { arn: TASK_POLICY } }, caller)
}

export function webIdentityTokenRow(context: RowContext): Promise<ComparisonRow | undefined> {
  return newerRow(context, 'GetWebIdentityToken', { Audience: ['https://compare.example.com'], SigningAlgorithm: 'RS256' })
}
