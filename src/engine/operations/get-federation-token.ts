import { faults } from '../errors/faults.ts'
import { denialOf } from '../policy/denial.ts'
import { callerIdentity } from '../identity/principal.ts'
import { federatedUserArn } from '../identity/principal-arns.ts'
import { packedPolicyPercent } from '../policy/packed-size.ts'
import { parsePolicyText } from '../policy/parse-policy.ts'
import { element, parent } from '../xml/xml-writer.ts'
import { issueCredentials } from './assume/issue-credentials.ts'
import { managedSessionPolicyArns } from './assume/managed-session-policies.ts'
import { sessionPolicyFault } from './assume/session-policy.ts'
import { sessionTagFault } from './assume/session-tags.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { longTermSessionDuration, ROOT_SESSION_MAX } from './session-duration.ts'
import { authorizeCaller, notAuthorizedMessage, tagRequestKeys } from '../authorization/authorize-caller.ts'

interface GetFederationTokenInput {
  Name: string
  Policy?: string
  PolicyArns?: { arn: string }[]
  DurationSeconds?: number
  Tags?: { Key: string; Value: string }[]
}


/**
 * GetFederationToken: credentials for a federated user `Name`, on behalf of the IAM user (or root)
 * who calls with long-term credentials (session credentials are refused before this runs,
 * caller-restrictions.ts, fact 59). The order: model validation (Name 2..32, fact 54; an unknown
 * parameter such as TransitiveTagKeys is ignored, fact 50); tag rules; managed session policies;
 * the session policy document; region; authorization (sts:GetFederationToken on the federated-user
 * ARN, and sts:TagSession when Tags are passed); duration; packed size; credentials.
 */
export const getFederationToken: OperationHandler = {
  name: 'GetFederationToken',
  async run(ctx) {
    const { log, world } = ctx
    const validated = validatedInput<GetFederationTokenInput>(ctx, 'GetFederationToken', 'Name present; lengths, patterns and ranges as the model says.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const caller = ctx.caller
    const principal = caller?.principal
    if (!caller || (principal?.kind !== 'user' && principal?.kind !== 'root')) throw new Error('GetFederationToken needs long-term credentials of an IAM user or the root user')

    // Tag rules as AssumeRole's: keys are case-insensitive (LocalStack STS snapshots recorded against AWS). Tags cannot be transitive here.
    const tags = input.Tags ?? []
    const tagFault = sessionTagFault({ tags, transitiveTagKeys: [] }, undefined)
    if (tagFault) {
      log.fail('federation.tags', 'Session tags follow the tag rules', tagFault.message ?? '')
      return { ok: false, fault: tagFault }
    }
    const managed = await managedSessionPolicyArns(world, log, 'federation', input.PolicyArns, principal.account)
    if (!managed.ok) return managed
    const policyFault = input.Policy === undefined ? undefined : sessionPolicyFault(input.Policy)
    if (policyFault) {
      log.fail('federation.session-policy', 'The session policy is a valid policy', policyFault.why)
      return { ok: false, fault: policyFault.fault }
    }

    const account = world.accounts.find((a) => a.id === principal.account)
    if (account?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('federation.region', 'STS is active in this region for the caller’s account', `Account ${account.id} has not activated STS in ${ctx.region}.`)
      return { ok: false, fault: faults.regionDisabled(account.id) }
    }

    // The resource is the federated user's ARN, so policies can limit which names a caller may use
    // (AccessDenied "... sts:GetFederationToken on resource: arn:aws:sts::<acct>:federated-user/<Name>",
    // ryanto/next-s3-upload#182). Passing tags also needs sts:TagSession (IAM User Guide, "Passing session tags in AWS STS").
    const federatedArn = federatedUserArn(world, principal.account, input.Name)
    const actions = ['sts:GetFederationToken', ...(tags.length > 0 ? ['sts:TagSession'] : [])]
    const authorization = authorizeCaller(world, caller, actions, federatedArn, tagRequestKeys(tags), environmentOf(ctx))
    for (const { action, decision } of authorization.decisions) {
      const title = `Policies allow ${action}`
      if (decision.result === 'Allow') {
        log.pass(`federation.authorize.${action}`, title, principal.kind === 'root' ? 'The root user needs no policy.' : `An identity-based policy of ${callerIdentity(principal).arn} allows it.`)
      } else {
        log.fail(`federation.authorize.${action}`, title, `Denied ${decision.reason}.`, denialOf(decision))
      }
    }
    if (authorization.deniedAction) return { ok: false, fault: faults.accessDenied(notAuthorizedMessage(principal, authorization.deniedAction, federatedArn)) }

    // Root: 3600 s at most and by default; a longer request is shortened, not refused (API Reference, GetFederationToken DurationSeconds; fact 53).
    const asked = input.DurationSeconds
    const duration = longTermSessionDuration(principal.kind, asked)
    log.pass(
      'federation.duration',
      'DurationSeconds fits the caller',
      principal.kind === 'root'
        ? `${duration} s: federation sessions of the root user last at most one hour${asked !== undefined && asked > ROOT_SESSION_MAX ? ` (${asked} s was asked and shortened)` : asked === undefined ? ' (the default)' : ''}.`
        : `${duration} s (${asked === undefined ? 'the default for IAM users, 12 hours' : 'as asked'}).`,
    )

    const policies = input.Policy === undefined ? [] : [parsePolicyText(input.Policy, 'session', 'session policy')].flatMap((p) => (p.ok ? [p.policy] : []))
    const packed = packedPolicyPercent({ policies, policyArns: managed.arns, tags: tags.map((t) => ({ key: t.Key, value: t.Value })) })
    if (packed > 100) {
      log.fail('federation.packed', 'Session policy and tags fit the packed size', `They would use ${packed}% of the packed space.`)
      return { ok: false, fault: faults.packedPolicyTooLarge(packed) }
    }
    log.pass(
      'federation.packed',
      'Session policy and tags fit the packed size',
      input.Policy === undefined && managed.arns.length === 0
        ? `${packed}% of the packed space. With no session policy the federated user has no permissions, except what resource policies naming ${federatedArn} grant.`
        : `${packed}% of the packed space. The federated user may do what both the caller's policies and the session policies allow.`,
    )

    const { credentials, issued } = issueCredentials(ctx, duration, {
      issuedBy: 'GetFederationToken',
      account: principal.account,
      user: principal.kind === 'user' ? { name: principal.name, path: principal.path, userId: principal.userId } : { root: true },
      federatedName: input.Name,
      tags: Object.fromEntries(tags.map((t) => [t.Key, t.Value])),
      transitiveTagKeys: [],
      policies: input.Policy === undefined ? [] : [input.Policy],
      policyArns: managed.arns,
    })
    // Order as in AWS's example response (IAM User Guide, "Requesting temporary security credentials"):
    // Credentials, FederatedUser, PackedPolicySize. Inside FederatedUser the model's order, as
    // recorded AWS responses use for AssumedRoleUser. PackedPolicySize is sent even when 0 (fact 55).
    const result = [
      credentials,
      parent('FederatedUser', [element('FederatedUserId', `${principal.account}:${input.Name}`), element('Arn', federatedArn)]),
      element('PackedPolicySize', String(packed)),
    ]
    return { ok: true, result, issued }
  },
}
