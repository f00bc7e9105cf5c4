import type { QueryValue } from '../protocol/query-codec.ts'
import type { CallerFact, CallerKind, ExperimentCaller, MayCallFact, MfaFact, SessionPolicyFact } from './comparison-types.ts'
import { refusedForCaller } from './caller-kind-checks.ts'
import { succeeded, issuedCaller, type ExperimentRunner } from './experiment-runner.ts'
import type { Callers } from './issue-callers.ts'

type Parameters = Readonly<Record<string, QueryValue | undefined>>

/** "Who can call": each kind of caller sends the same request; refused for its kind or not. */
export async function whoCanCall(runner: ExperimentRunner, row: string, callers: Callers, kinds: readonly CallerKind[], operation: string, parameters: Parameters): Promise<CallerFact[]> {
  const facts: CallerFact[] = []
  for (const kind of kinds) {
    const caller = callers[kind]
    if (!caller) continue
    const experiment = await runner.sts(`${row}.who.${kind}`, `${caller.label} calls ${operation}`, caller, operation, parameters)
    facts.push({ caller: kind, allowed: !refusedForCaller(experiment), evidence: [experiment.id] })
  }
  return facts
}

/** Another code than the valid one: its first digit moved on by five. */
function wrongCode(code: string): string {
  return `${(Number(code[0] ?? '0') + 5) % 10}${code.slice(1)}`
}

/**
 * "MFA support": the request is sent with the IAM user's MFA device and a wrong code, then the
 * right one. An operation that checks the code refuses the first; one that ignores it grants both.
 */
export async function mfaSupport(runner: ExperimentRunner, row: string, caller: ExperimentCaller, operation: string, parameters: Parameters, mfa: { serialNumber: string; code: string } | undefined): Promise<MfaFact | undefined> {
  if (!mfa) return undefined
  const wrong = await runner.sts(`${row}.mfa.wrong-code`, 'with the MFA device and a wrong code', caller, operation, { ...parameters, SerialNumber: mfa.serialNumber, TokenCode: wrongCode(mfa.code) }, { fresh: true })
  const right = await runner.sts(`${row}.mfa.valid-code`, 'with the MFA device and a valid code', caller, operation, { ...parameters, SerialNumber: mfa.serialNumber, TokenCode: mfa.code }, { fresh: true })
  if (!succeeded(right)) return undefined
  return { supported: !succeeded(wrong), evidence: [wrong.id, right.id] }
}

/**
 * A session policy whose effect shows whatever the identity policies allow: it leaves everything
 * to them (a session policy never grants more) except one action it denies explicitly.
 */
export const COMPARE_SESSION_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'LeaveTheRestToTheIdentityPolicies', Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'CompareDenyPutObject', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
  ],
})

/**
 * "Session policy support": the request is sent with a session policy that denies s3:PutObject,
 * and the credentials it issues are checked by the engine's authorization path: is s3:PutObject
 * then denied by the session policy? A request that ignores the policy leaves it to the others.
 */
export async function sessionPolicySupport(runner: ExperimentRunner, row: string, caller: ExperimentCaller, operation: string, parameters: Parameters): Promise<SessionPolicyFact | undefined> {
  const sent = await runner.sts(`${row}.session-policy`, 'with a session policy (Policy) that denies s3:PutObject', caller, operation, { ...parameters, Policy: COMPARE_SESSION_POLICY })
  const holder = issuedCaller(caller.kind, 'the credentials issued with the session policy', sent)
  if (!holder) return undefined
  const check = runner.probe(`${row}.session-policy.in-force`, 'Is s3:PutObject denied by the session policy?', holder, 's3:PutObject', 'arn:aws:s3:::compare-playground/object')
  const inForce = check.result.ok && check.result.decision.result === 'ExplicitDeny' && check.result.decision.layer === 'session'
  return { supported: inForce, evidence: [sent.id, check.id] }
}

/** What the issued credentials are then used for, and the request parameters each needs. */
export interface FollowUps {
  roleArn?: string
  accessKeyId?: string
  targetAccount: string
}

/** The STS operations tried with the issued credentials, with parameters that would otherwise work. */
function stsFollowUps(context: FollowUps): [string, Parameters][] {
  return [
    ['AssumeRole', { RoleArn: context.roleArn, RoleSessionName: 'compare-next' }],
    ['GetFederationToken', { Name: 'compare-next' }],
    ['GetSessionToken', {}],
    ['GetCallerIdentity', {}],
    ['DecodeAuthorizationMessage', { EncodedMessage: 'compare' }],
    ['GetAccessKeyInfo', { AccessKeyId: context.accessKeyId }],
    ['AssumeRoot', { TargetPrincipal: context.targetAccount, TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } }],
    ['GetWebIdentityToken', { Audience: ['https://compare.example.com'], SigningAlgorithm: 'RS256' }],
  ]
}

/**
 * "Restrictions on resulting temporary credentials": the issued credentials call every other STS
 * operation, an IAM API action and the console federation endpoint; each is refused for the kind
 * of credentials or reaches the operation (whose own checks and the policies then decide).
 */
export async function restrictionsOf(runner: ExperimentRunner, row: string, holder: ExperimentCaller | undefined, context: FollowUps, withMfa?: boolean): Promise<MayCallFact[]> {
  if (!holder) return []
  const facts: MayCallFact[] = []
  const tag = withMfa === undefined ? '' : withMfa ? '.with-mfa' : '.without-mfa'
  const extra = withMfa === undefined ? {} : { withMfa }
  for (const [operation, parameters] of stsFollowUps(context)) {
    const experiment = await runner.sts(`${row}.then${tag}.${operation}`, `then ${operation} with these credentials`, holder, operation, parameters)
    facts.push({ target: { kind: 'sts', operation }, allowed: !refusedForCaller(experiment), evidence: [experiment.id], ...extra })
  }
  const iam = runner.probe(`${row}.then${tag}.iam`, 'then iam:ListUsers with these credentials', holder, 'iam:ListUsers', '*')
  const restricted = iam.result.ok && 'restriction' in iam.result && iam.result.restriction !== undefined
  facts.push({ target: { kind: 'iam', action: 'iam:ListUsers' }, allowed: iam.result.ok && !restricted, evidence: [iam.id], ...extra })
  const console = await runner.console(`${row}.then${tag}.console`, 'then console sign-in with these credentials (getSigninToken, login)', holder)
  facts.push({ target: { kind: 'console' }, allowed: console.allowed, evidence: [console.id], ...extra })
  return facts
}
