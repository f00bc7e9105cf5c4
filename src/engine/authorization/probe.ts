import { callerIdentity, type CallerIdentity } from '../identity/principal.ts'
import { authorize, type AuthorizationInput, type Decision } from '../policy/authorize.ts'
import { contextKeys } from '../policy/request-context.ts'
import type { World } from '../world/world-schema.ts'
import { authorizationMessagePrincipal, encodeAuthorizationMessage } from './authorization-message.ts'
import { callerContext } from './caller-context.ts'
import { credentialRestriction, type CredentialRestriction } from './credential-restrictions.ts'
import { requestSide, resolverFor } from './request-side.ts'
import type { WorldResource } from './world-resources.ts'

export interface ProbeInput {
  accessKeyId: string
  sessionToken?: string
  /** A data-plane action, e.g. `s3:GetObject`. */
  action: string
  /** The resource ARN, e.g. `arn:aws:s3:::reports/q1.csv`. */
  resource: string
  region?: string
  /** Extra request condition keys (aws:RequestTag/…, s3:prefix, …). */
  keys?: Record<string, string | string[]>
  /** False: leave out a denial's encoded authorization message (sealing it is the costliest step; a table of facts does not show it). */
  encodeMessage?: boolean
}

export type ProbeResult =
  | {
      ok: true
      caller: CallerIdentity
      decision: Decision
      keys: Record<string, string | string[]>
      resourceAccount: string
      /** What the ARN names when the world describes it (an S3 bucket or object, a KMS key, an SQS queue): its policy, if any, was the resource layer. */
      resourceKind?: WorldResource['kind']
      /** For a denial: the opaque "Encoded authorization failure message" that DecodeAuthorizationMessage decodes. */
      encodedMessage?: string
      /**
       * When the kind of credentials forbids the action whatever the policies say (GetSessionToken
       * credentials without MFA or GetFederationToken credentials calling IAM): the rule, AWS's
       * error and its source. `decision` is then an ExplicitDeny with `deniedBy: 'credentials'`.
       */
      restriction?: CredentialRestriction
      /** With a restriction: what the policies alone would have decided. */
      policyDecision?: Decision
    }
  | { ok: false; reason: 'invalid-credentials' | 'expired'; detail: string }

/**
 * "Could these credentials do X?": the policy engine's decision and trace for a data-plane request
 * made with credentials from the world or issued by STS, evaluated as AWS would (identity,
 * boundary, session policies, SCPs and RCPs, and the resource's policy). When the world describes
 * the resource (world-resources.ts: an S3 bucket or object, a KMS key, an SQS queue), its policy is
 * the resource layer and its account is the resource's account: within one account the identity or
 * the resource policy may allow, across accounts both must (IAM User Guide, "Policy evaluation logic",
 * "Cross-account policy evaluation logic"; policy/decide.ts, which also keeps a grant to the role
 * session's ARN free of the boundary and session policies and a grant to the role's ARN limited by
 * them: IAM User Guide, "Session policies"). Otherwise no resource policy applies, and a resource
 * ARN without an account (an S3 bucket the world does not describe) is taken to be in the caller's account.
 * Before the policies, the kind of credentials may forbid the action outright
 * (credential-restrictions.ts: IAM with GetSessionToken credentials without MFA, or with
 * GetFederationToken credentials); the result then says so in `restriction`.
 */
export function probe(engine: { world: World; sessionKey: Uint8Array }, input: ProbeInput, nowMs: number): ProbeResult {
  const resolved = resolverFor(engine.world, engine.sessionKey).resolve(input.accessKeyId, input.sessionToken)
  if (!resolved.ok) return { ok: false, reason: 'invalid-credentials', detail: resolved.detail }
  if (resolved.session && nowMs >= resolved.session.expiresAt) {
    return { ok: false, reason: 'expired', detail: `These credentials expired at ${new Date(resolved.session.expiresAt).toISOString()}.` }
  }
  const region = input.region ?? 'us-east-1'
  const caller = callerContext(engine.world, resolved.principal, resolved.session, { nowMs, region, secureTransport: true })
  const { resource, resourceAccount, scps, rcps } = requestSide(engine.world, resolved.principal, input.resource)
  const keys = { ...caller.keys, ...(resource?.keys ?? {}), ...(input.keys ?? {}) }
  const request: AuthorizationInput = {
    context: { action: input.action, resource: input.resource, resourceAccount, principal: caller.principal, keys: contextKeys(keys) },
    identity: caller.identity,
    ...(caller.boundary ? { boundary: caller.boundary } : {}),
    ...(caller.session ? { session: caller.session } : {}),
    ...(resource?.policy ? { resource: resource.policy } : {}),
    ...(resource?.mustAllow ? { resourceMustAllow: true } : {}),
    ...(scps ? { scps } : {}),
    ...(rcps ? { rcps } : {}),
  }
  const decision = authorize(request)
  const identity = callerIdentity(resolved.principal)
  const restriction = credentialRestriction(resolved.session, input.action)
  if (restriction) {
    // Not a policy's denial: IAM refuses the credentials (InvalidClientTokenId), so there is no encoded authorization message.
    const denied: Decision = { result: 'ExplicitDeny', reason: restrictionReason(restriction), deniedBy: 'credentials', layers: [] }
    return { ok: true, caller: identity, decision: denied, keys, resourceAccount, ...(resource ? { resourceKind: resource.kind } : {}), restriction, policyDecision: decision }
  }
  const encodedMessage =
    decision.result === 'Allow' || input.encodeMessage === false
      ? undefined
      : encodeAuthorizationMessage({ decision, request, principal: authorizationMessagePrincipal(resolved.principal), conditionKeys: keys }, engine.sessionKey)
  return { ok: true, caller: identity, decision, keys, resourceAccount, ...(resource ? { resourceKind: resource.kind } : {}), ...(encodedMessage ? { encodedMessage } : {}) }
}

/** The denial in the words of a decision's reason ("because …"). */
function restrictionReason(restriction: CredentialRestriction): string {
  return restriction.rule === 'iam-needs-mfa'
    ? 'because credentials from GetSessionToken without MFA cannot call IAM API operations'
    : 'because credentials from GetFederationToken cannot call IAM API operations'
}
