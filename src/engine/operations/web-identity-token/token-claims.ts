import type { EngineDeps } from '../../deps.ts'
import { isoSeconds } from '../../iso-seconds.ts'
import { utf8Encode } from '../../sessions/base64.ts'

/**
 * The claims of an outbound web identity token (IAM User Guide, "Understanding token claims"):
 * the standard `iss`, `aud`, `sub`, `iat`, `exp`, `jti`, and AWS's own claims nested under the
 * `https://sts.amazonaws.com/` namespace. What each holds, as captured against AWS (radkawar/stackd
 * testdata/aws/iam/outbound_issuance.json):
 * - `aud`: a string for one audience, an array for several (duplicates kept, in request order);
 * - `sub` and `principal_id`: the caller's IAM ARN (a user ARN with its path; for a role session
 *   the role ARN with its path, not the session ARN);
 * - `iat`, `exp`: whole seconds; `jti`: a random UUID;
 * - `aws_account`, `source_region` (the region the request was signed for), `org_id` when the
 *   account is in an organization, `principal_tags` (user or role tags, session tags winning
 *   case-insensitively) and `request_tags` when there are any, `original_session_exp` (RFC 3339,
 *   whole seconds) for temporary credentials, `source_identity` when the session has one.
 * Claims are written in the order AWS's tokens use. `ou_path` is left out: the world has no
 * organizational units (and no organization root id) to build it from.
 */
export const AWS_CLAIMS_NAMESPACE = 'https://sts.amazonaws.com/'

/** The largest claims set AWS signs, in UTF-8 bytes of its JSON (observed: 14,984 passes, 14,985 fails, for both algorithms). */
export const MAX_PAYLOAD_BYTES = 14984

export interface OutboundClaimsInput {
  issuer: string
  audiences: readonly string[]
  subject: string
  account: string
  region: string
  orgId?: string
  principalTags: Record<string, string>
  requestTags: readonly { Key: string; Value: string }[]
  /** Expiry of the caller's session, epoch ms, for temporary credentials. */
  sessionExpiresAt?: number
  sourceIdentity?: string
  issuedAtMs: number
  expiresAtMs: number
  jti: string
}

export function outboundClaims(input: OutboundClaimsInput): Record<string, unknown> {
  const aws: Record<string, unknown> = {}
  if (input.sourceIdentity !== undefined) aws.source_identity = input.sourceIdentity
  if (input.orgId !== undefined) aws.org_id = input.orgId
  aws.aws_account = input.account
  if (input.requestTags.length > 0) aws.request_tags = Object.fromEntries(input.requestTags.map((tag) => [tag.Key, tag.Value]))
  if (input.sessionExpiresAt !== undefined) aws.original_session_exp = isoSeconds(input.sessionExpiresAt)
  aws.source_region = input.region
  aws.principal_id = input.subject
  if (Object.keys(input.principalTags).length > 0) aws.principal_tags = input.principalTags
  return {
    aud: input.audiences.length === 1 ? input.audiences[0] : [...input.audiences],
    sub: input.subject,
    [AWS_CLAIMS_NAMESPACE]: aws,
    iss: input.issuer,
    exp: Math.floor(input.expiresAtMs / 1000),
    iat: Math.floor(input.issuedAtMs / 1000),
    jti: input.jti,
  }
}

/** The size AWS limits: the claims set as JSON, in UTF-8 bytes. */
export function payloadBytes(claims: Record<string, unknown>): number {
  return utf8Encode(JSON.stringify(claims)).length
}

/** A random (version 4) UUID from the engine's random source. */
export function randomUuid(deps: EngineDeps): string {
  const bytes = deps.randomBytes(16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
