import type { ComparisonRow, LifetimeFact } from './comparison-types.ts'
import { SESSION_NAME } from './issue-callers.ts'
import { measureLifetime } from './measure-lifetime.ts'
import { ALL_CALLERS, type RowContext } from './row-context.ts'
import { mfaSupport, restrictionsOf, sessionPolicySupport, whoCanCall } from './row-facts.ts'

/** The IAM user's and the root user's lines: AWS's table gives both for these two operations. */
async function longTermLifetimes(context: RowContext, operation: 'GetFederationToken' | 'GetSessionToken', parameters: Record<string, string>): Promise<LifetimeFact[]> {
  const { runner, issued } = context
  const lines: (LifetimeFact | undefined)[] = []
  const user = issued.callers['iam-user']
  const root = issued.callers.root
  if (user) lines.push(await measureLifetime(runner, { id: `${operation}.iam-user`, line: 'iam-user', caller: user, operation, parameters }))
  if (root) lines.push(await measureLifetime(runner, { id: `${operation}.root`, line: 'root', caller: root, operation, parameters }))
  return lines.filter((line): line is LifetimeFact => line !== undefined)
}

/** GetFederationToken: a custom identity broker's federated users. */
export async function federationTokenRow(context: RowContext): Promise<ComparisonRow | undefined> {
  const { runner, issued } = context
  const user = issued.callers['iam-user']
  if (!user) return undefined
  const parameters = { Name: SESSION_NAME }
  const mfa = await mfaSupport(runner, 'GetFederationToken', user, 'GetFederationToken', parameters, issued.mfa)
  const sessionPolicy = await sessionPolicySupport(runner, 'GetFederationToken', user, 'GetFederationToken', parameters)
  return {
    operation: 'GetFederationToken',
    section: 'classic',
    who: await whoCanCall(runner, 'GetFederationToken', issued.callers, ALL_CALLERS, 'GetFederationToken', parameters),
    lifetime: await longTermLifetimes(context, 'GetFederationToken', parameters),
    ...(mfa ? { mfa } : {}),
    ...(sessionPolicy ? { sessionPolicy } : {}),
    restrictions: await restrictionsOf(runner, 'GetFederationToken', issued.callers['federated-user'], context.followUps),
  }
}

/** GetSessionToken: the IAM user's own session, with or without MFA. */
export async function sessionTokenRow(context: RowContext): Promise<ComparisonRow | undefined> {
  const { runner, issued } = context
  const user = issued.callers['iam-user']
  if (!user) return undefined
  const mfa = await mfaSupport(runner, 'GetSessionToken', user, 'GetSessionToken', {}, issued.mfa)
  const sessionPolicy = await sessionPolicySupport(runner, 'GetSessionToken', user, 'GetSessionToken', {})
  return {
    operation: 'GetSessionToken',
    section: 'classic',
    who: await whoCanCall(runner, 'GetSessionToken', issued.callers, ALL_CALLERS, 'GetSessionToken', {}),
    lifetime: await longTermLifetimes(context, 'GetSessionToken', {}),
    ...(mfa ? { mfa } : {}),
    ...(sessionPolicy ? { sessionPolicy } : {}),
    restrictions: [
      ...(await restrictionsOf(runner, 'GetSessionToken', issued.callers['session-token'], context.followUps, false)),
      ...(await restrictionsOf(runner, 'GetSessionToken', issued.callers['session-token-mfa'], context.followUps, true)),
    ],
  }
}
