import { callerContext, type CallerContext } from '../authorization/caller-context.ts'
import { resolverFor } from '../authorization/request-side.ts'
import { callerIdentity, type CallerIdentity, type Principal } from '../identity/principal.ts'
import { findRole } from '../operations/assume/role-arn.ts'
import { parsePolicyText } from '../policy/parse-policy.ts'
import type { PolicyProblem } from '../policy/policy-types.ts'
import type { Session } from '../sessions/session.ts'
import type { World } from '../world/world-schema.ts'
import type { GridSubject } from './intersection-types.ts'

/** The session name a draft role subject's session gets. */
export const DRAFT_SESSION_NAME = 'draft'

/** Whose permissions the grid shows: the principal, its session if any, and its policies and keys. */
export interface ResolvedSubject {
  principal: Principal
  session?: Session
  caller: CallerContext
  identity: CallerIdentity
  /** Problems of a draft's session policy text (then ignored). */
  problems: PolicyProblem[]
}

export type SubjectResult = ({ ok: true } & ResolvedSubject) | { ok: false; reason: 'invalid-credentials' | 'expired' | 'unknown-principal'; detail: string }

export interface SubjectEnvironment {
  nowMs: number
  region: string
}

/** Credentials resolved like the probe does (authorization/probe.ts), or a draft principal of the world. */
export function resolveSubject(engine: { world: World; sessionKey: Uint8Array }, subject: GridSubject, env: SubjectEnvironment): SubjectResult {
  const { world } = engine
  const environment = { nowMs: env.nowMs, region: env.region, secureTransport: true }
  if (subject.kind === 'credentials') {
    const resolved = resolverFor(world, engine.sessionKey).resolve(subject.accessKeyId, subject.sessionToken)
    if (!resolved.ok) return { ok: false, reason: 'invalid-credentials', detail: resolved.detail }
    if (resolved.session && env.nowMs >= resolved.session.expiresAt) {
      return { ok: false, reason: 'expired', detail: `These credentials expired at ${new Date(resolved.session.expiresAt).toISOString()}.` }
    }
    const caller = callerContext(world, resolved.principal, resolved.session, environment)
    return { ok: true, principal: resolved.principal, ...(resolved.session ? { session: resolved.session } : {}), caller, identity: callerIdentity(resolved.principal), problems: [] }
  }
  const draft = draftPrincipal(world, subject.principalArn, env.nowMs, subject.sessionPolicy)
  if (!draft) return { ok: false, reason: 'unknown-principal', detail: `The world has no IAM user or role ${subject.principalArn}.` }
  const caller = callerContext(world, draft.principal, draft.session, environment)
  return { ok: true, ...draft, caller, identity: callerIdentity(draft.principal) }
}

const USER_ARN = /^arn:([^:]+):iam::(\d{12}):user(\/(?:[^/]+\/)*)?([^/]+)$/

/** A user's long-term identity, or a fresh AssumeRole session of a role (named `draft`) with the draft's session policy. */
function draftPrincipal(world: World, arn: string, nowMs: number, sessionPolicy: string | undefined): Omit<ResolvedSubject, 'caller' | 'identity'> | undefined {
  const user = USER_ARN.exec(arn)
  if (user) {
    const [, partition = '', account = '', path = '/', name = ''] = user
    const found = partition === world.partition ? world.users.find((u) => u.account === account && u.path === path && u.name === name) : undefined
    if (!found) return undefined
    return { principal: { kind: 'user', partition, account, name: found.name, path: found.path, userId: found.userId }, problems: [] }
  }
  const role = findRole(world, arn)
  if (!role) return undefined
  const parsed = sessionPolicy === undefined || sessionPolicy.trim() === '' ? undefined : parsePolicyText(sessionPolicy, 'session', 'session policy')
  const problems = parsed && !parsed.ok ? parsed.problems : []
  const session: Session = {
    v: 1,
    issuedBy: 'AssumeRole',
    accessKeyId: 'ASIADRAFTSESSION0000',
    issuedAt: nowMs,
    expiresAt: nowMs + 3_600_000,
    account: role.account,
    partition: world.partition,
    role: { name: role.name, path: role.path, roleId: role.roleId, sessionName: DRAFT_SESSION_NAME },
    tags: {},
    transitiveTagKeys: [],
    policies: parsed?.ok && sessionPolicy !== undefined ? [sessionPolicy] : [],
    policyArns: [],
    region: 'us-east-1',
  }
  const principal: Principal = { kind: 'assumed-role', partition: world.partition, account: role.account, roleName: role.name, rolePath: role.path, roleId: role.roleId, sessionName: DRAFT_SESSION_NAME }
  return { principal, session, problems }
}
