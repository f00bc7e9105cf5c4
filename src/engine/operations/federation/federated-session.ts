import type { IssuedCredentials } from '../../explain/issued-credentials.ts'
import { faults, type StsFault } from '../../errors/faults.ts'
import type { CheckLog } from '../../explain/checks.ts'
import { assumedRoleArn } from '../../identity/principal-arns.ts'
import { packedPolicyPercent } from '../../policy/packed-size.ts'
import { parsePolicyText } from '../../policy/parse-policy.ts'
import type { WorldRole } from '../../world/world-schema.ts'
import { element, parent, type XmlElement } from '../../xml/xml-writer.ts'
import { issueCredentials } from '../assume/issue-credentials.ts'
import { newSessionTags, type RequestedTags } from '../assume/session-tags.ts'
import type { OperationContext } from '../operation.ts'
import { ROLE_DURATION_MESSAGES, ROLE_SESSION_DEFAULT, roleDurationExcess } from '../session-duration.ts'

/** The default session length of every AssumeRole* operation (session-duration.ts). */
export const DEFAULT_DURATION = ROLE_SESSION_DEFAULT

/**
 * DurationSeconds against the role's MaxSessionDuration: ValidationError "The requested
 * DurationSeconds exceeds the MaxSessionDuration set for this role." (justincormack/argmin sts_oracle.rs for AssumeRole; observed for
 * AssumeRoleWithSAML in ISS:GuildEducationInc/aws-jumpcloud#48). There is no role-chaining limit:
 * the caller is not a role session.
 */
export function roleDurationFault(log: CheckLog, id: string, role: WorldRole, requested: number | undefined): StsFault | undefined {
  const duration = requested ?? DEFAULT_DURATION
  if (roleDurationExcess(duration, role, false) !== undefined) {
    log.fail(`${id}.duration`, 'DurationSeconds fits the role', `${duration} s is more than the role's MaxSessionDuration of ${role.maxSessionDuration} s.`)
    return faults.validationError(ROLE_DURATION_MESSAGES['role-maximum'])
  }
  log.pass(`${id}.duration`, 'DurationSeconds fits the role', `${duration} s (${requested === undefined ? 'the default' : 'as asked'}); the role allows up to ${role.maxSessionDuration} s.`)
  return undefined
}

/**
 * PackedPolicySize: only when a session policy (inline or managed) or session tags were passed (fact 37); over 100%
 * is PackedPolicyTooLarge. Returns the percentage, undefined when there is nothing to pack.
 */
export function packedSize(log: CheckLog, id: string, policy: string | undefined, tags: RequestedTags['tags'], policyArns: readonly string[] = []): { ok: true; packed?: number } | { ok: false; fault: StsFault } {
  if (policy === undefined && policyArns.length === 0 && tags.length === 0) return { ok: true }
  const policies = policy === undefined ? [] : [parsePolicyText(policy, 'session', 'session policy')].flatMap((p) => (p.ok ? [p.policy] : []))
  const packed = packedPolicyPercent({ policies, policyArns, tags: tags.map((t) => ({ key: t.Key, value: t.Value })) })
  if (packed > 100) {
    log.fail(`${id}.packed`, 'Session policies and tags fit the packed size', `They would use ${packed}% of the packed space.`)
    return { ok: false, fault: faults.packedPolicyTooLarge(packed) }
  }
  log.pass(`${id}.packed`, 'Session policies and tags fit the packed size', `${packed}% of the packed space.`)
  return { ok: true, packed }
}

export interface FederatedSessionRequest {
  issuedBy: 'AssumeRoleWithWebIdentity' | 'AssumeRoleWithSAML'
  role: WorldRole
  sessionName: string
  /** Seconds from now: already checked against the role and capped by the IdP. */
  durationSeconds: number
  policy?: string
  /** Managed session policies (PolicyArns), already checked. */
  policyArns?: readonly string[]
  requested: RequestedTags
  sourceIdentity?: string
  /** The provider's condition keys of this request; the session keeps them for later requests. */
  providerKeys: Record<string, string | string[]>
}

/**
 * A role session for a federated caller, exactly like AssumeRole's: the role's account, the
 * session name in the ARN (without the role's path, IAM User Guide: IAM identifiers), the IdP's session tags and
 * transitive keys, the source identity and the session policy. Returns `<AssumedRoleUser>` and
 * `<Credentials>`.
 */
export function issueFederatedSession(ctx: Pick<OperationContext, 'nowMs' | 'world' | 'deps' | 'sessionKey' | 'region'>, request: FederatedSessionRequest): { assumedRoleUser: XmlElement; credentials: XmlElement; issued: IssuedCredentials } {
  const { role, sessionName } = request
  const { tags, transitiveTagKeys } = newSessionTags(request.requested, undefined)
  const { credentials, issued } = issueCredentials(ctx, request.durationSeconds, {
    issuedBy: request.issuedBy,
    account: role.account,
    role: { name: role.name, path: role.path, roleId: role.roleId, sessionName },
    tags,
    transitiveTagKeys,
    ...(request.sourceIdentity !== undefined ? { sourceIdentity: request.sourceIdentity } : {}),
    policies: request.policy === undefined ? [] : [request.policy],
    policyArns: [...(request.policyArns ?? [])],
    identityProviderKeys: Object.fromEntries(Object.entries(request.providerKeys).filter(([key]) => !/^(sts|aws):/i.test(key))),
  })
  const arn = assumedRoleArn(ctx.world, role.account, role.name, sessionName)
  const assumedRoleUser = parent('AssumedRoleUser', [element('AssumedRoleId', `${role.roleId}:${sessionName}`), element('Arn', arn)])
  return { assumedRoleUser, credentials, issued }
}
