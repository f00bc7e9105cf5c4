/**
 * AssumeRoot: short-term credentials of a member account's root user, scoped to one privileged
 * task (STS API Reference, AssumeRoot; IAM User Guide, "Centralize root access for member
 * accounts" and "Perform a privileged task on an AWS Organizations member account").
 *
 * The order of checks:
 * 1. the global endpoint does not serve it: 400 InvalidAction "Unknown Operation" (boto/boto3#4461);
 * 2. model validation: TargetPrincipal 12..2048, TaskPolicyArn required, DurationSeconds 0..900
 *    (901 → "Member must have value less than or equal to 900", the model's range in spec/sts-service-2.json);
 * 3. TargetPrincipal is an account id or an account root ARN, else ValidationError "Request must
 *    contain a valid target principal"; TaskPolicyArn.arn is one of the five root-task policies,
 *    else ValidationError "Request must contain valid AWS managed task policy ARN" (both captured
 *    against AWS in radkawar/stackd testdata/aws/iam/root_access.json);
 * 4. authorization: sts:AssumeRoot on `arn:<partition>:iam::<member>:root`, with the condition key
 *    sts:TaskPolicyArn, through the caller's identity policies, boundary, session policies and
 *    SCPs (no resource policy takes part);
 * 5. the organization: centralized root access enabled; the caller is the management account or
 *    the delegated administrator for IAM; the target is a member account (not the management
 *    account). Root credentials cannot call AssumeRoot (API Reference).
 *    Every failure of 4 and 5 is the same 403 AccessDenied "User: <caller> is not authorized to
 *    perform: sts:AssumeRoot on resource: arn:aws:iam::<target>:root", without a reason suffix:
 *    that is what AWS answered for an explicit Deny, for the management account targeting itself
 *    and for an organization without centralized root access (root_access.json, cases
 *    assume_root_observer_denied, assume_root_management_id, assume_root_duration_zero);
 * 6. STS must be active in the region for the member account (RegionDisabledException, modeled;
 *    IAM User Guide: Managing AWS STS in an AWS Region: the account that owns the new credentials);
 * 7. credentials: DurationSeconds default 900; 0 is valid and gives credentials that expire at
 *    once. The result is Credentials, then SourceIdentity when the caller's session has one.
 *
 * The session acts as the member account's root user: GetCallerIdentity answers its root ARN and
 * the account id as UserId (CloudTrail records such sessions as the member account's Root
 * identity; IAM User Guide, "Track privileged tasks in AWS CloudTrail"). The session records its
 * task policy (Session.taskPolicyArn) and requests made with it are limited by that policy's
 * Deny statements (caller-side/authorize-caller-side.ts).
 *
 * Simplifications, all documented guesses:
 * - the order of steps 4 and 5 is not observable on the wire (both answer the same AccessDenied);
 *   the Why panel shows the one that failed first here;
 * - the AccessDenied for root credentials uses the same text (AWS's exact answer is unrecorded);
 * - the delegated administrator may target any member account other than the management account;
 * - RCPs are not applied to the member account's root (no source says they are).
 */
import { denialOf } from '../policy/denial.ts'
import { faults } from '../errors/faults.ts'
import { callerIdentity } from '../identity/principal.ts'
import { element } from '../xml/xml-writer.ts'
import { parseTargetPrincipal, INVALID_TARGET_MESSAGE } from './assume-root/target-principal.ts'
import { ROOT_TASK_POLICY_NAMES, rootTaskPolicyName } from '../authorization/root-task-policies.ts'
import { issueCredentials } from './assume/issue-credentials.ts'
import { authorizeCaller, notAuthorizedMessage } from '../authorization/authorize-caller.ts'
import { globalEndpointFault } from './caller-side/global-endpoint.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { ASSUME_ROOT_DEFAULT } from './session-duration.ts'

interface AssumeRootInput {
  TargetPrincipal: string
  TaskPolicyArn: { arn?: string }
  DurationSeconds?: number
}

const INVALID_TASK_POLICY_MESSAGE = 'Request must contain valid AWS managed task policy ARN'

export const assumeRoot: OperationHandler = {
  name: 'AssumeRoot',
  run(ctx) {
    const { log, world } = ctx
    const caller = ctx.caller
    if (!caller) throw new Error('AssumeRoot is a signed operation')

    const global = globalEndpointFault(ctx, 'AssumeRoot')
    if (global) return { ok: false, fault: global }

    const validated = validatedInput<AssumeRootInput>(ctx, 'AssumeRoot', 'Required parameters present; DurationSeconds, if given, is within 0..900.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const target = parseTargetPrincipal(input.TargetPrincipal, world.partition)
    if (!target) {
      log.fail('assume-root.target', 'TargetPrincipal names a member account', `"${input.TargetPrincipal}" is neither a 12-digit account id nor an account root ARN (arn:${world.partition}:iam::<account>:root).`)
      return { ok: false, fault: faults.validationError(INVALID_TARGET_MESSAGE) }
    }
    log.pass('assume-root.target', 'TargetPrincipal names a member account', `The target is the root user of account ${target.account}.`)

    const taskPolicyArn = input.TaskPolicyArn.arn ?? ''
    const taskPolicy = rootTaskPolicyName(taskPolicyArn, world.partition)
    if (!taskPolicy) {
      log.fail(
        'assume-root.task-policy',
        'TaskPolicyArn is a root-task policy',
        `"${taskPolicyArn}" is not one of the AWS managed root-task policies: arn:${world.partition}:iam::aws:policy/root-task/ followed by ${ROOT_TASK_POLICY_NAMES.join(', ')}.`,
      )
      return { ok: false, fault: faults.validationError(INVALID_TASK_POLICY_MESSAGE) }
    }
    log.pass('assume-root.task-policy', 'TaskPolicyArn is a root-task policy', `The session will be limited to the ${taskPolicy} task.`)

    const denied = () => ({ ok: false as const, fault: faults.accessDenied(notAuthorizedMessage(caller.principal, 'sts:AssumeRoot', target.rootArn)) })
    const principal = caller.principal
    if (principal.kind === 'root') {
      log.fail('assume-root.caller', 'The caller may call AssumeRoot', 'Root user credentials cannot call AssumeRoot: use an IAM user or a role session of the management account or of the delegated administrator for IAM.')
      return denied()
    }
    log.pass('assume-root.caller', 'The caller may call AssumeRoot', `${callerIdentity(principal).arn} is ${principal.kind === 'user' ? 'an IAM user' : 'a role session'}.`)

    const authorization = authorizeCaller(ctx.world, caller, ['sts:AssumeRoot'], target.rootArn, { 'sts:TaskPolicyArn': taskPolicyArn }, environmentOf(ctx))
    const decision = authorization.decisions[0]?.decision
    if (!decision || decision.result !== 'Allow') {
      log.fail('assume-root.authorize', 'Policies allow sts:AssumeRoot', `Denied ${decision?.reason ?? ''}. AWS's message names the caller, the action and the target's root ARN, without the reason.`, decision && denialOf(decision))
      return denied()
    }
    log.pass('assume-root.authorize', 'Policies allow sts:AssumeRoot', `The caller's policies allow sts:AssumeRoot on ${target.rootArn} with sts:TaskPolicyArn = ${taskPolicyArn}.`)

    const org = world.organization
    const orgFailure = !org
      ? 'The caller’s account is not in an organization: AssumeRoot works only inside AWS Organizations.'
      : org.centralizedRootAccess !== true
        ? `Centralized root access (root sessions) is not enabled in organization ${org.id}.`
        : principal.account !== org.managementAccount && principal.account !== org.delegatedIamAdministrator
          ? `Account ${principal.account} is neither the management account (${org.managementAccount}) nor the delegated administrator for IAM${org.delegatedIamAdministrator ? ` (${org.delegatedIamAdministrator})` : ' (none is set)'}.`
          : !org.accounts.includes(target.account)
            ? `Account ${target.account} is not a member of organization ${org.id}.`
            : target.account === org.managementAccount
              ? `Account ${target.account} is the management account: root sessions are for member accounts only.`
              : undefined
    if (orgFailure) {
      log.fail('assume-root.organization', 'The organization allows this root session', `${orgFailure} AWS answers with the same AccessDenied as a policy denial.`)
      return denied()
    }
    log.pass(
      'assume-root.organization',
      'The organization allows this root session',
      `Centralized root access is enabled in ${org?.id ?? ''}; ${principal.account === org?.managementAccount ? 'the caller is the management account' : 'the caller is the delegated administrator for IAM'} and ${target.account} is a member account.`,
    )

    const member = world.accounts.find((a) => a.id === target.account)
    if (member?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('assume-root.region', 'STS is active in this region for the member account', `Account ${member.id} has not activated STS in ${ctx.region}.`)
      return { ok: false, fault: faults.regionDisabled(member.id) }
    }
    log.pass('assume-root.region', 'STS is active in this region for the member account', `STS is active in ${ctx.region} for ${target.account}.`)

    const duration = input.DurationSeconds ?? ASSUME_ROOT_DEFAULT
    log.pass('assume-root.duration', 'DurationSeconds fits a root session', `${duration} s (${input.DurationSeconds === undefined ? 'the default' : 'as asked'}); root sessions last at most 900 s.`)

    const sourceIdentity = caller.session?.sourceIdentity
    const { credentials, issued } = issueCredentials(ctx, duration, {
      issuedBy: 'AssumeRoot',
      account: target.account,
      user: { root: true },
      tags: {},
      transitiveTagKeys: [],
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      policies: [],
      policyArns: [],
      taskPolicyArn,
    })
    const result = [credentials]
    if (sourceIdentity !== undefined) result.push(element('SourceIdentity', sourceIdentity))
    return { ok: true, result, issued }
  },
}
