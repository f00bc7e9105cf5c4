import { simulatedSamlResponse } from '../idp/saml-idp.ts'
import { simulatedIdToken } from '../idp/oidc-idp.ts'
import { durationLimits } from '../rules/duration-limits.ts'
import type { ComparisonRow, ExperimentCaller, LifetimeFact, StsExperiment } from './comparison-types.ts'
import { issuedCaller } from './experiment-runner.ts'
import { SESSION_NAME } from './issue-callers.ts'
import { measureLifetime } from './measure-lifetime.ts'
import { ALL_CALLERS, type FederationSignIns, type RowContext } from './row-context.ts'
import { mfaSupport, restrictionsOf, sessionPolicySupport, whoCanCall } from './row-facts.ts'

function present<T>(value: T | undefined): value is T {
  return value !== undefined
}

/** AssumeRole: an IAM user or a role session (role chaining), and a GetSessionToken session. */
export async function assumeRoleRow(context: RowContext): Promise<ComparisonRow | undefined> {
  const { runner, world, issued } = context
  const role = issued.role
  const user = issued.callers['iam-user']
  if (!user) return undefined
  if (!role) {
    // A role the IAM user may not assume (e.g. a picked role whose trust policy wants MFA): the row says why.
    const refused = issued.roleRefused
    if (!refused) return undefined
    const parameters = { RoleArn: refused.arn, RoleSessionName: SESSION_NAME }
    const who = await whoCanCall(runner, 'AssumeRole', issued.callers, ALL_CALLERS, 'AssumeRole', parameters)
    return { operation: 'AssumeRole', section: 'classic', who, lifetime: [], restrictions: [], unavailable: { experiment: refused.refusal.id } }
  }
  const parameters = { RoleArn: role.arn, RoleSessionName: SESSION_NAME }
  const limits = (callerKind?: 'assumed-role') => durationLimits(world, 'AssumeRole', { roleArn: role.arn, ...(callerKind ? { callerKind } : {}) })?.max
  const lines = [
    await measureLifetime(runner, { id: 'AssumeRole.iam-user', line: 'standard', caller: user, operation: 'AssumeRole', parameters, ...hint(limits()) }),
    ...(issued.callers['role-session']
      ? [await measureLifetime(runner, { id: 'AssumeRole.role-chaining', line: 'role-chaining', caller: issued.callers['role-session'], operation: 'AssumeRole', parameters, ...hint(limits('assumed-role')) })]
      : []),
    ...(issued.callers['session-token']
      ? [await measureLifetime(runner, { id: 'AssumeRole.via-session-token', line: 'via-session-token', caller: issued.callers['session-token'], operation: 'AssumeRole', parameters, ...hint(limits('assumed-role')) })]
      : []),
  ]
  const holder = issuedCaller('role-session', `role session of ${role.name}`, role.firstAssume)
  return {
    operation: 'AssumeRole',
    section: 'classic',
    who: await whoCanCall(runner, 'AssumeRole', issued.callers, ALL_CALLERS, 'AssumeRole', parameters),
    lifetime: lines.filter(present),
    ...optional('mfa', await mfaSupport(runner, 'AssumeRole', user, 'AssumeRole', parameters, issued.mfa)),
    ...optional('sessionPolicy', await sessionPolicySupport(runner, 'AssumeRole', user, 'AssumeRole', parameters)),
    restrictions: await restrictionsOf(runner, 'AssumeRole', holder, context.followUps),
  }
}

function hint(max: number | undefined): { hint?: number } {
  return max === undefined ? {} : { hint: max }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>
}

/** The rows of the two federation operations: unsigned requests carrying the IdP's word. */
async function federatedRow(
  context: RowContext,
  operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity',
  roleArn: string,
  parameters: Record<string, string>,
): Promise<ComparisonRow> {
  const { runner, world, issued } = context
  const unsigned = issued.callers.unsigned
  const standard: LifetimeFact | undefined = await measureLifetime(runner, { id: `${operation}.standard`, line: 'standard', caller: unsigned, operation, parameters, ...hint(durationLimits(world, operation, { roleArn })?.max) })
  const byDefault = runner.experiments[`${operation}.standard.duration-default`] as StsExperiment | undefined
  const holder: ExperimentCaller | undefined = byDefault ? issuedCaller('role-session', `role session from ${operation}`, byDefault) : undefined
  return {
    operation,
    section: 'classic',
    who: await whoCanCall(runner, operation, issued.callers, ALL_CALLERS, operation, parameters),
    lifetime: standard ? [standard] : [],
    ...optional('mfa', await mfaSupport(runner, operation, unsigned, operation, parameters, issued.mfa)),
    ...optional('sessionPolicy', await sessionPolicySupport(runner, operation, unsigned, operation, parameters)),
    restrictions: await restrictionsOf(runner, operation, holder, context.followUps),
    ...(standard || !byDefault ? {} : { unavailable: { experiment: byDefault.id } }),
  }
}

/**
 * The sign-ins at the world's simulated IdPs the federation rows need: a SAML response and an ID
 * token. Started before the other rows, so that their signing (WebCrypto, off the main thread in
 * most hosts) runs while the other requests are sent.
 */
export function federationSignIns(context: Pick<RowContext, 'world' | 'subjects' | 'webCrypto'>, nowMs: number): FederationSignIns {
  const { world, subjects, webCrypto } = context
  const saml = subjects.saml
  const web = subjects.webIdentity
  return {
    ...(saml && webCrypto ? { saml: simulatedSamlResponse(world, saml.providerArn, { nameId: 'compare-user', roleSessionName: SESSION_NAME, roles: [saml], nowMs }, webCrypto) } : {}),
    ...(web ? { idToken: simulatedIdToken(world, web.providerArn, { sub: 'compare-user', nowMs }) } : {}),
  }
}

/** AssumeRoleWithSAML, with an assertion from the world's simulated SAML IdP. */
export async function samlRow(context: RowContext): Promise<ComparisonRow | undefined> {
  const pair = context.subjects.saml
  const pending = context.signIns.saml
  if (!pair || !pending) return undefined
  const response = await pending
  if (!response.ok) return undefined
  return federatedRow(context, 'AssumeRoleWithSAML', pair.roleArn, { RoleArn: pair.roleArn, PrincipalArn: pair.providerArn, SAMLAssertion: response.base64 })
}

/** AssumeRoleWithWebIdentity, with an ID token from the world's simulated OIDC IdP. */
export async function webIdentityRow(context: RowContext): Promise<ComparisonRow | undefined> {
  const pair = context.subjects.webIdentity
  const pending = context.signIns.idToken
  if (!pair || !pending) return undefined
  const token = await pending
  if (!token.ok) return undefined
  return federatedRow(context, 'AssumeRoleWithWebIdentity', pair.roleArn, { RoleArn: pair.roleArn, RoleSessionName: SESSION_NAME, WebIdentityToken: token.token })
}
