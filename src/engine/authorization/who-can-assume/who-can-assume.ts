import type { Environment } from '../caller-context.ts'
import { findRole, roleAccountOf } from '../../operations/assume/role-arn.ts'
import type { Decision } from '../../policy/authorize.ts'
import { evaluateStatement } from '../../policy/evaluate-statement.ts'
import { parsePolicy, parsePolicyText } from '../../policy/parse-policy.ts'
import type { Policy } from '../../policy/policy-types.ts'
import type { RequestContext } from '../../policy/request-context.ts'
import type { World } from '../../world/world-schema.ts'
import { relaxTrust, type RelaxedTrust } from './relax-trust.ts'
import type { AssumerVerdict, WhoCanAssumeResult } from './who-can-assume-types.ts'
import { worldAssumers, type Assumer } from './world-assumers.ts'

const GRANT_WORDS: Record<string, string> = {
  user: 'The trust policy names this user.',
  'role-session': 'The trust policy names this role session.',
  role: "The trust policy names the caller's role, and its boundary allows too.",
  federated: 'The trust policy allows this identity provider.',
  anyone: 'The trust policy allows any principal ("*").',
}

function allowedReason(decision: Decision): string {
  return GRANT_WORDS[decision.resourceGrant ?? ''] ?? "The trust policy allows the caller's account, and the caller's own policies allow the action."
}

const unique = (keys: string[]) => [...new Set(keys)]

/**
 * The keys of the relaxed statements that apply to this request once their request-carried
 * conditions are set aside: the statements that name the principal and the action but wait for a
 * condition (the engine's own statement evaluation, on the request it decided).
 */
function waitingKeys(relaxed: RelaxedTrust, decision: { request: { context: RequestContext } }): string[] {
  const context = decision.request.context
  return unique(relaxed.relaxed.flatMap(({ statement, keys }) => (evaluateStatement(statement, relaxed.policy, context).applies ? keys : [])))
}

function verdictOf(assumer: Assumer, trust: Policy, relaxed: RelaxedTrust | undefined): AssumerVerdict {
  const { principal, action } = assumer
  if (assumer.refusal !== undefined) return { principal, action, verdict: 'denied', reason: assumer.refusal, conditionKeys: [] }
  const neutral = assumer.authorize(trust).decisions[0]
  if (!neutral) return { principal, action, verdict: 'denied', reason: 'Not evaluated.', conditionKeys: [] }
  if (neutral.decision.result === 'Allow') return { principal, action, verdict: 'allowed', reason: allowedReason(neutral.decision), conditionKeys: [] }
  const denied = (decision: Decision, conditionKeys: string[]): AssumerVerdict => ({
    principal,
    action,
    verdict: 'denied',
    ...(decision.layer ? { decidedBy: decision.layer } : {}),
    reason: `Denied ${decision.reason}.`,
    conditionKeys,
  })
  if (!relaxed) return denied(neutral.decision, [])
  // Only statements that apply once relaxed can change the answer: without one, the relaxed policy decides as the draft does.
  const keys = waitingKeys(relaxed, neutral)
  if (keys.length === 0) return denied(neutral.decision, [])
  const met = assumer.authorize(relaxed.policy).decisions[0]
  if (!met) return denied(neutral.decision, [])
  if (met.decision.result !== 'Allow') return denied(met.decision, keys)
  return {
    principal,
    action,
    verdict: 'conditional',
    ...(neutral.decision.layer ? { decidedBy: neutral.decision.layer } : {}),
    reason: `The trust policy allows ${action} only when the request meets its Condition on ${keys.join(', ')}; a request without ${keys.length === 1 ? 'that value' : 'those values'} is denied ${neutral.decision.reason}.`,
    conditionKeys: keys,
  }
}

/** The last question's callers, per world: typing a draft asks again about the same world, role and environment. */
const lastAsked = new WeakMap<World, { key: string; assumers: Assumer[] }>()

function assumersOf(world: World, roleArn: string, env: Environment): Assumer[] {
  const key = JSON.stringify([roleArn, env.nowMs, env.region, env.secureTransport, env.sourceIp ?? null])
  const last = lastAsked.get(world)
  if (last?.key === key) return last.assumers
  const role = findRole(world, roleArn)
  const assumers = worldAssumers({ world, role, roleArn, roleAccount: roleAccountOf(role, roleArn), env })
  lastAsked.set(world, { key, assumers })
  return assumers
}

/**
 * Who in the world can assume the role, with `trustPolicyDocument` as its trust policy (the
 * learner's draft: it need not be saved). Every IAM user (long-term keys) and every role session
 * (role chaining) for sts:AssumeRole, every account's root user (refused by AssumeRole before any
 * policy is read), every SAML provider for sts:AssumeRoleWithSAML, and every OIDC provider, OAuth
 * 2.0 provider and Cognito identity pool for sts:AssumeRoleWithWebIdentity, each authorized exactly
 * as the operation does (authorizeAssumeRole, authorizeFederated) with a neutral request: no
 * ExternalId, MFA, tags, source identity or identity-provider claims. A principal that such a
 * request leaves denied, but that the trust policy allows once its request-carried conditions are
 * met (relax-trust.ts), is `conditional`. The draft is a JSON value or the JSON text as typed; one
 * that does not parse gets the policy parser's problems.
 * The callers' side (their policies and condition keys) is worked out once per world, role and
 * `env`: keep `env` the same while the learner types (a new `nowMs` is a new question).
 * A trust policy that names a user does not lift the user's permissions boundary: one that does not
 * allow sts:AssumeRole denies (IAM User Guide, "Update a role trust policy"; policy/decide.ts).
 */
export function whoCanAssume(world: World, roleArn: string, trustPolicyDocument: unknown, env: Environment): WhoCanAssumeResult {
  const role = findRole(world, roleArn)
  const name = role ? `trust policy of ${role.name}` : 'trust policy'
  const parsed = typeof trustPolicyDocument === 'string' ? parsePolicyText(trustPolicyDocument, 'trust', name) : parsePolicy(trustPolicyDocument, 'trust', name)
  if (!parsed.ok) return { ok: false, problems: parsed.problems }
  const relaxedBy = new Map<Policy, RelaxedTrust | undefined>()
  const relaxedOf = (trust: Policy) => {
    if (!relaxedBy.has(trust)) relaxedBy.set(trust, relaxTrust(trust))
    return relaxedBy.get(trust)
  }
  const assumers = assumersOf(world, roleArn, env)
  return {
    ok: true,
    verdicts: assumers.map((assumer) => {
      // Cognito across accounts counts only some statements (oidc/cognito.ts); a few pools at most.
      const trust = assumer.trustFor ? assumer.trustFor(parsed.policy) : parsed.policy
      return verdictOf(assumer, trust, relaxedOf(trust))
    }),
  }
}
