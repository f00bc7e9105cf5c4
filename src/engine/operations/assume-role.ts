import { faults } from '../errors/faults.ts'
import { denialOf } from '../policy/denial.ts'
import { callerIdentity } from '../identity/principal.ts'
import { assumedRoleArn } from '../identity/principal-arns.ts'
import { packedPolicyPercent } from '../policy/packed-size.ts'
import { parsePolicyText } from '../policy/parse-policy.ts'
import { element, parent, type XmlElement } from '../xml/xml-writer.ts'
import { assumeActions, assumeDeniedMessage, authorizeAssumeRole, ROOT_CANNOT_ASSUME_ROLES } from './assume/authorize-assume.ts'
import { issueCredentials } from './assume/issue-credentials.ts'
import { checkMfa } from './assume/mfa.ts'
import { managedSessionPolicyArns } from './assume/managed-session-policies.ts'
import { findRole, roleAccountOf, roleArnShapeFault } from './assume/role-arn.ts'
import { newSessionTags, sessionTagFault } from './assume/session-tags.ts'
import { sessionPolicyFault } from './assume/session-policy.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { isRoleChaining, ROLE_CHAINING_MAX, ROLE_DURATION_MESSAGES, ROLE_SESSION_DEFAULT, roleDurationExcess } from './session-duration.ts'

interface AssumeRoleInput {
  RoleArn: string
  RoleSessionName: string
  DurationSeconds?: number
  Policy?: string
  PolicyArns?: { arn: string }[]
  Tags?: { Key: string; Value: string }[]
  TransitiveTagKeys?: string[]
  ExternalId?: string
  SerialNumber?: string
  TokenCode?: string
  SourceIdentity?: string
}

/**
 * AssumeRole. The order of checks: model validation; RoleArn shape and tag rules; who may call
 * (not root); managed session policies (PolicyArns) and the session policy document; region; MFA;
 * authorization through the policy engine (sts:SetSourceIdentity too when the calling session
 * carries a source identity, passed or not); a chained call may not change the source identity;
 * durations (role maximum before the role-chaining limit, fact 34; GetSessionToken credentials
 * count as role chaining); packed size; then credentials (the order observed against
 * AWS where justincormack/argmin sts_oracle.rs shows it; the rest inferred).
 */
export const assumeRole: OperationHandler = {
  name: 'AssumeRole',
  async run(ctx) {
    const { log, world } = ctx
    const validated = validatedInput<AssumeRoleInput>(ctx, 'AssumeRole', 'Required parameters present; lengths, patterns and ranges as the model says.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const badArn = roleArnShapeFault(input.RoleArn)
    if (badArn) {
      log.fail('assume.role-arn', 'RoleArn has the shape of an ARN', 'STS wants arn:partition:service:region:account:resource with a partition, a service and a resource.')
      return { ok: false, fault: badArn }
    }
    const caller = ctx.caller
    if (!caller) throw new Error('AssumeRole is a signed operation')
    const requested = { tags: input.Tags ?? [], transitiveTagKeys: input.TransitiveTagKeys ?? [] }
    const tagFault = sessionTagFault(requested, caller.session)
    if (tagFault) {
      log.fail('assume.tags', 'Session tags follow the tag rules', tagFault.message ?? '')
      return { ok: false, fault: tagFault }
    }

    const principal = caller.principal
    if (principal.kind === 'root') {
      log.fail('assume.caller', 'The caller may assume roles', 'The root user cannot assume roles: use an IAM user or a role session.')
      return { ok: false, fault: faults.accessDenied(ROOT_CANNOT_ASSUME_ROLES) }
    }
    if (principal.kind === 'federated-user') {
      log.fail('assume.caller', 'The caller may assume roles', 'Credentials from GetFederationToken cannot call AssumeRole.')
      return { ok: false, fault: faults.accessDenied(assumeDeniedMessage(principal, 'sts:AssumeRole', input.RoleArn)) }
    }
    const callerWords =
      principal.kind === 'assumed-role' ? 'a role session: this is role chaining' : caller.session?.issuedBy === 'GetSessionToken' ? 'an IAM user with GetSessionToken credentials: this counts as role chaining' : 'an IAM user'
    log.pass('assume.caller', 'The caller may assume roles', `${callerIdentity(principal).arn} is ${callerWords}.`)

    const role = findRole(world, input.RoleArn)
    const managed = await managedSessionPolicyArns(world, log, 'assume', input.PolicyArns, roleAccountOf(role, input.RoleArn))
    if (!managed.ok) return managed
    const policyFault = input.Policy === undefined ? undefined : sessionPolicyFault(input.Policy)
    if (policyFault) {
      log.fail('assume.session-policy', 'The session policy is a valid policy', policyFault.why)
      return { ok: false, fault: policyFault.fault }
    }

    const issuingAccount = role?.account
    const account = world.accounts.find((a) => a.id === issuingAccount)
    if (account?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('assume.region', 'STS is active in this region for the role’s account', `Account ${account.id} has not activated STS in ${ctx.region}.`)
      return { ok: false, fault: faults.regionDisabled(account.id) }
    }

    const requestKeys: Record<string, string | string[]> = { 'sts:RoleSessionName': input.RoleSessionName }
    if (input.ExternalId !== undefined) requestKeys['sts:ExternalId'] = input.ExternalId
    if (input.SourceIdentity !== undefined) requestKeys['sts:SourceIdentity'] = input.SourceIdentity
    if (requested.transitiveTagKeys.length > 0) requestKeys['sts:TransitiveTagKeys'] = requested.transitiveTagKeys
    if (requested.tags.length > 0) {
      requestKeys['aws:TagKeys'] = requested.tags.map((t) => t.Key)
      for (const tag of requested.tags) requestKeys[`aws:RequestTag/${tag.Key}`] = tag.Value
    }
    let mfaAt: number | undefined
    if (input.SerialNumber !== undefined || input.TokenCode !== undefined) {
      const user = principal.kind === 'user' ? world.users.find((u) => u.account === principal.account && u.name === principal.name) : undefined
      const mfa = await checkMfa(user, input.SerialNumber ?? '', input.TokenCode ?? '', ctx.nowMs, ctx.usedMfaCodes)
      if (!mfa.ok) {
        log.fail('assume.mfa', 'The MFA code is valid', mfa.why)
        return { ok: false, fault: faults.accessDenied(mfa.message) }
      }
      mfaAt = ctx.nowMs
      requestKeys['aws:MultiFactorAuthPresent'] = 'true'
      requestKeys['aws:MultiFactorAuthAge'] = '0'
      log.pass('assume.mfa', 'The MFA code is valid', `${mfa.serialNumber} accepted the code: this request carries aws:MultiFactorAuthPresent = true.`)
    }

    // A source identity the calling session carries travels on to the new session, and setting it
    // there needs sts:SetSourceIdentity just as when the request passes one (inheritedSourceIdentity).
    const inherited = inheritedSourceIdentity(caller.session?.sourceIdentity, input.SourceIdentity)
    const actions = assumeActions('sts:AssumeRole', requested, input.SourceIdentity ?? inherited)
    const env = environmentOf(ctx)
    const authorization = authorizeAssumeRole(world, caller, role, input.RoleArn, actions, { keys: requestKeys }, env)
    for (const { action, decision } of authorization.decisions) {
      const carried = action === 'sts:SetSourceIdentity' && inherited !== undefined ? ` ${inheritedInWords(inherited)}` : ''
      if (decision.result === 'Allow') log.pass(`assume.authorize.${action}`, `Policies allow ${action}`, `${describeAllow(decision.resourceGrant)}${carried}`)
      else log.fail(`assume.authorize.${action}`, `Policies allow ${action}`, `${role ? denialInWords(decision, action) : `No role ${input.RoleArn} exists; STS answers exactly as if its trust policy did not allow the caller.`}${carried}`, denialOf(decision))
    }
    if (authorization.deniedAction) return { ok: false, fault: faults.accessDenied(assumeDeniedMessage(principal, authorization.deniedAction, input.RoleArn)) }
    if (!role) throw new Error('an allowed AssumeRole names a role')

    const sourceIdentityFault = changedSourceIdentity(caller.session?.sourceIdentity, input.SourceIdentity)
    if (sourceIdentityFault) {
      log.fail('assume.source-identity', 'The source identity is not changed', sourceIdentityFault)
      return { ok: false, fault: faults.accessDenied(assumeDeniedMessage(principal, 'sts:SetSourceIdentity', input.RoleArn)) }
    }

    const duration = input.DurationSeconds ?? ROLE_SESSION_DEFAULT
    // GetSessionToken credentials count as role chaining too (session-duration.ts, isRoleChaining).
    const chained = isRoleChaining(principal.kind, caller.session?.issuedBy)
    const chaining = principal.kind === 'assumed-role' ? 'Role chaining (a role session assuming a role)' : 'Assuming a role with GetSessionToken credentials counts as role chaining and'
    const excess = roleDurationExcess(duration, role, chained)
    if (excess !== undefined) {
      log.fail(
        'assume.duration',
        'DurationSeconds fits the role and the caller',
        excess === 'role-maximum'
          ? `${duration} s is more than the role's MaxSessionDuration of ${role.maxSessionDuration} s.`
          : `${chaining} is limited to one hour; ${duration} s was asked.`,
      )
      return { ok: false, fault: faults.validationError(ROLE_DURATION_MESSAGES[excess]) }
    }
    log.pass('assume.duration', 'DurationSeconds fits the role and the caller', `${duration} s (${input.DurationSeconds === undefined ? 'the default' : 'as asked'}); role maximum ${role.maxSessionDuration} s${chained ? `, role chaining maximum ${ROLE_CHAINING_MAX} s` : ''}.`)

    const { tags, transitiveTagKeys } = newSessionTags(requested, caller.session)
    const passedPolicies = input.Policy !== undefined || managed.arns.length > 0 || requested.tags.length > 0
    let packed: number | undefined
    if (passedPolicies) {
      const policies = input.Policy === undefined ? [] : [parsePolicyText(input.Policy, 'session', 'session policy')].flatMap((p) => (p.ok ? [p.policy] : []))
      packed = packedPolicyPercent({ policies, policyArns: managed.arns, tags: requested.tags.map((t) => ({ key: t.Key, value: t.Value })) })
      if (packed > 100) {
        log.fail('assume.packed', 'Session policies and tags fit the packed size', `They would use ${packed}% of the packed space.`)
        return { ok: false, fault: faults.packedPolicyTooLarge(packed) }
      }
      log.pass('assume.packed', 'Session policies and tags fit the packed size', `${packed}% of the packed space.`)
    }

    const sourceIdentity = caller.session?.sourceIdentity ?? input.SourceIdentity
    const { credentials, issued } = issueCredentials(ctx, duration, {
      issuedBy: 'AssumeRole',
      account: role.account,
      role: { name: role.name, path: role.path, roleId: role.roleId, sessionName: input.RoleSessionName },
      tags,
      transitiveTagKeys,
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      policies: input.Policy === undefined ? [] : [input.Policy],
      policyArns: managed.arns,
      ...(mfaAt !== undefined ? { mfaAuthenticatedAt: mfaAt } : caller.session?.mfaAuthenticatedAt !== undefined ? { mfaAuthenticatedAt: caller.session.mfaAuthenticatedAt } : {}),
      ...(chained ? { chained: true } : {}),
    })
    const sessionArn = assumedRoleArn(world, role.account, role.name, input.RoleSessionName)
    // AWS sends AssumedRoleUser before Credentials (recorded responses, justincormack/argmin sts_oracle.rs).
    const result: XmlElement[] = [
      parent('AssumedRoleUser', [element('AssumedRoleId', `${role.roleId}:${input.RoleSessionName}`), element('Arn', sessionArn)]),
      credentials,
    ]
    // PackedPolicySize only when a policy or tags were passed (fact 37).
    if (packed !== undefined) result.push(element('PackedPolicySize', String(packed)))
    if (sourceIdentity !== undefined) result.push(element('SourceIdentity', sourceIdentity))
    return { ok: true, result, issued }
  },
}

/**
 * A source identity cannot be changed once set in a role session, and it carries over to chained
 * sessions: "If the user attempts to set a source identity that is different from the value set
 * when CriticalRole was assumed, the assume role request will be denied" (IAM User Guide, "Monitor
 * and control actions taken with assumed roles", Role chaining and cross-account requirements).
 * "Denied" is AccessDenied; the page gives no text, so the engine uses STS's usual AccessDenied
 * form for sts:SetSourceIdentity, the one AWS sends when that permission is missing
 * (noqdev/iambic#357) — the code is well supported, the exact message is inferred. The same
 * value again only repeats what is set: the page says it "does not need to be explicitly set
 * again", and only a different value is denied. Returns why, or undefined when nothing changes.
 */
function changedSourceIdentity(inherited: string | undefined, asked: string | undefined): string | undefined {
  if (inherited === undefined || asked === undefined || asked === inherited) return undefined
  return `The calling session's source identity is ${inherited}; it cannot be changed in a chained session, and this request asks for ${asked}.`
}

/**
 * The source identity a chained AssumeRole sets without passing SourceIdentity: the calling
 * session's own, which persists into the new session. AWS authorizes that as setting a source
 * identity: for role chaining, sts:SetSourceIdentity must be allowed both by the permissions of
 * the session that assumes the role and by the trust policy of the role it assumes (IAM User
 * Guide, "Monitor and control actions taken with assumed roles", Permissions required to set
 * source identity). Seen
 * in the field as the usual AccessDenied for sts:SetSourceIdentity on chained hops that pass no
 * SourceIdentity: MaterializeInc/materialize#37427 (a source identity is sticky and the target
 * trust policy must allow sts:SetSourceIdentity), cargo-lambda/cargo-lambda#724, noqdev/iambic#357.
 * The same holds whichever call began the chain (AssumeRole, AssumeRoleWithSAML,
 * AssumeRoleWithWebIdentity): any role session that carries a source identity. Returns the value
 * only when the request itself passes none (a passed value is checked as passed).
 */
function inheritedSourceIdentity(sessionValue: string | undefined, asked: string | undefined): string | undefined {
  return asked === undefined ? sessionValue : undefined
}

function inheritedInWords(value: string): string {
  return `The request passes no SourceIdentity, but the calling session carries ${value}, which persists into the new session: role chaining with a source identity needs sts:SetSourceIdentity in the caller's permissions and in the role's trust policy.`
}

/** The denial as a learner reads it: for AssumeRole the resource-based policy is the role's trust policy. */
function denialInWords(decision: { result: string; layer?: string; reason: string }, action: string): string {
  if (decision.layer === 'resource') {
    return decision.result === 'ExplicitDeny'
      ? `The role's trust policy denies ${action} to this caller (AWS: denied ${decision.reason}).`
      : `The role's trust policy does not allow ${action} for this caller, and a trust policy must allow explicitly (AWS: denied ${decision.reason}).`
  }
  return `Denied ${decision.reason}.`
}

function describeAllow(grant: string | undefined): string {
  switch (grant) {
    case 'user':
    case 'role-session':
      return 'The trust policy names the caller directly: that is enough within one account.'
    case 'role':
      return "The trust policy names the caller's role; the caller's session policies and boundary also allow."
    default:
      return "The trust policy allows the caller's account, and the caller's own policies allow it too."
  }
}
