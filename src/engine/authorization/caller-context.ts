import { callerIdentity, principalArn, type Principal } from '../identity/principal.ts'
import { userArn } from '../identity/principal-arns.ts'
import { isoSeconds } from '../iso-seconds.ts'
import { parsePolicyText } from '../policy/parse-policy.ts'
import type { Policy } from '../policy/policy-types.ts'
import type { PrincipalType, RequestPrincipal } from '../policy/request-context.ts'
import type { Session } from '../sessions/session.ts'
import type { World } from '../world/world-schema.ts'
import { managedBoundary, managedPolicies } from './managed-policies.ts'
import { organizationIdOf } from './organization-policies.ts'
import { rootTaskPolicy } from './root-task-policies.ts'
import { worldPolicies, worldPolicy } from './world-policies.ts'

/** Everything about the caller that policy evaluation needs. */
export interface CallerContext {
  principal: RequestPrincipal
  /** Global condition keys describing the caller and the request's environment (names as IAM writes them). */
  keys: Record<string, string | string[]>
  identity: Policy[]
  boundary?: Policy
  /** Session policies: present for sessions that have them; [] for a federated user without one. */
  session?: Policy[]
  /** Principal tags after session tags override role or user tags (case-insensitive keys). */
  principalTags: Record<string, string>
}

export interface Environment {
  nowMs: number
  region: string
  secureTransport: boolean
  sourceIp?: string
}

const PRINCIPAL_TYPES: Record<Principal['kind'], PrincipalType> = { root: 'Account', user: 'User', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser' }

/** Session tags override tags of the role or user with the same key, compared case-insensitively (the documentation of Tags in spec/sts-service-2.json). */
export function mergeTags(base: Record<string, string>, overrides: Record<string, string>): Record<string, string> {
  const overridden = new Set(Object.keys(overrides).map((k) => k.toLowerCase()))
  return Object.fromEntries([...Object.entries(base).filter(([key]) => !overridden.has(key.toLowerCase())), ...Object.entries(overrides)])
}

/** The request's environment as global condition keys: what every request carries, whoever the caller. */
export function environmentKeys(env: Environment): Record<string, string> {
  const keys: Record<string, string> = {
    'aws:CurrentTime': isoSeconds(env.nowMs),
    'aws:EpochTime': String(Math.floor(env.nowMs / 1000)),
    'aws:RequestedRegion': env.region,
    'aws:SecureTransport': env.secureTransport ? 'true' : 'false',
  }
  if (env.sourceIp) keys['aws:SourceIp'] = env.sourceIp
  return keys
}

/** The caller's policies and global condition keys (IAM User Guide, "AWS global condition context keys"). */
export function callerContext(world: World, principal: Principal, session: Session | undefined, env: Environment): CallerContext {
  const identity = callerIdentity(principal)
  const arn = principalArn(principal)
  const keys: Record<string, string | string[]> = {
    'aws:PrincipalArn': arn,
    'aws:PrincipalAccount': principal.account,
    'aws:PrincipalType': PRINCIPAL_TYPES[principal.kind],
    'aws:userid': identity.userId,
    ...environmentKeys(env),
  }
  const orgId = organizationIdOf(world, principal.account)
  if (orgId) keys['aws:PrincipalOrgID'] = orgId
  const requestPrincipal: RequestPrincipal = { type: PRINCIPAL_TYPES[principal.kind], arn: identity.arn, account: principal.account }
  let identityPolicies: Policy[] = []
  let boundary: Policy | undefined
  let baseTags: Record<string, string> = {}

  if (principal.kind === 'user' || (principal.kind === 'federated-user' && session?.user && !('root' in session.user))) {
    const name = principal.kind === 'user' ? principal.name : session?.user && 'name' in session.user ? session.user.name : ''
    const user = world.users.find((u) => u.account === principal.account && u.name === name)
    if (user) {
      identityPolicies = [...worldPolicies(user.policies, 'identity'), ...managedPolicies(world, user.managedPolicyArns ?? [], 'identity')]
      if (user.permissionsBoundary) boundary = worldPolicy(user.permissionsBoundary.document, 'boundary', user.permissionsBoundary.name)
      else if (user.permissionsBoundaryArn !== undefined) boundary = managedBoundary(world, user.permissionsBoundaryArn)
      baseTags = user.tags
      if (principal.kind === 'user') keys['aws:username'] = user.name
      else requestPrincipal.federatingUserArn = userArn(principal.partition, user.account, user.path, user.name)
    }
  } else if (principal.kind === 'assumed-role') {
    requestPrincipal.roleArn = arn
    const role = world.roles.find((r) => r.account === principal.account && r.name === principal.roleName)
    if (role) {
      identityPolicies = [...worldPolicies(role.policies, 'identity'), ...managedPolicies(world, role.managedPolicyArns ?? [], 'identity')]
      if (role.permissionsBoundary) boundary = worldPolicy(role.permissionsBoundary.document, 'boundary', role.permissionsBoundary.name)
      else if (role.permissionsBoundaryArn !== undefined) boundary = managedBoundary(world, role.permissionsBoundaryArn)
      baseTags = role.tags
    }
  }

  const principalTags = mergeTags(baseTags, session?.tags ?? {})
  for (const [key, value] of Object.entries(principalTags)) keys[`aws:PrincipalTag/${key}`] = value

  let sessionPolicies: Policy[] | undefined
  if (session) {
    keys['aws:TokenIssueTime'] = isoSeconds(session.issuedAt)
    // Temporary credentials say whether MFA was used to get them; long-term keys carry neither key (IAM User Guide: AWS global condition context keys).
    keys['aws:MultiFactorAuthPresent'] = session.mfaAuthenticatedAt !== undefined ? 'true' : 'false'
    if (session.mfaAuthenticatedAt !== undefined) keys['aws:MultiFactorAuthAge'] = String(Math.max(0, Math.floor((env.nowMs - session.mfaAuthenticatedAt) / 1000)))
    if (session.sourceIdentity) keys['aws:SourceIdentity'] = session.sourceIdentity
    for (const [key, value] of Object.entries(session.identityProviderKeys ?? {})) keys[key] = value
    const inline = session.policies.map((text, i) => parsePolicyText(text, 'session', `session policy ${i + 1}`)).flatMap((p) => (p.ok ? [p.policy] : []))
    // Managed session policies (PolicyArns) join the inline one: together they are the session policies (IAM User Guide, "Session policies").
    // One that no longer resolves grants nothing, so the session can only lose permissions.
    const managed = managedPolicies(world, session.policyArns, 'session')
    if (inline.length > 0 || session.policyArns.length > 0 || session.federatedName !== undefined) sessionPolicies = [...inline, ...managed]
    // A root session from AssumeRoot is limited by its root-task policy, like a session policy.
    const taskPolicy = session.taskPolicyArn ? rootTaskPolicy(session.taskPolicyArn, session.partition) : undefined
    if (taskPolicy) sessionPolicies = [...(sessionPolicies ?? []), taskPolicy]
  }
  return {
    principal: requestPrincipal,
    keys,
    identity: identityPolicies,
    ...(boundary ? { boundary } : {}),
    ...(sessionPolicies ? { session: sessionPolicies } : {}),
    principalTags,
  }
}
