import type { JWTPayload } from 'jose'
import type { RequestedTags } from '../../assume/session-tags.ts'

/** InvalidIdentityToken when no `aud` (or `azp`) is a client id of the provider (the text as users' reports quote it; no public page states it). */
export const INCORRECT_AUDIENCE = 'Incorrect token audience'

/**
 * IAM accepts a token up to five minutes after its `exp`, for clock skew (IAM User Guide, "OIDC
 * federation": "IAM provides a five-minute window beyond the expiration time specified in the JWT").
 */
export const EXPIRY_LEEWAY_SECONDS = 300

/**
 * The client id the token was issued to: the first `aud` value (a string or an array) that is one
 * of the provider's client ids, else `azp` when it is one (Google puts the client id there, IAM User
 * Guide, "Available keys for OIDC federation"). Undefined: "Incorrect token audience".
 */
export function tokenAudience(claims: JWTPayload, clientIds: readonly string[]): string | undefined {
  const aud = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud : []
  const match = aud.find((a) => typeof a === 'string' && clientIds.includes(a))
  if (match !== undefined) return match
  return typeof claims.azp === 'string' && clientIds.includes(claims.azp) ? claims.azp : undefined
}

/**
 * ExpiredTokenException's text for an expired token, with both times in epoch seconds: "Token
 * expired: current date/time 1731098245 must be before the expiration date/time 1731095240"
 * (aws/aws-sdk-java-v2#5709, 2024; envoy's AWS credential-provider test data). Reports from 2021
 * (awslabs/aws-orbit-workbench#707, #771) lack the space before the second number; the newer form is used.
 */
export function expiredMessage(nowSeconds: number, exp: number): string {
  return `Token expired: current date/time ${nowSeconds} must be before the expiration date/time ${exp}`
}

/** "Timestamps in the token must be formatted as either an integer or a long integer." (the model's WebIdentityToken documentation). */
export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

/**
 * The `amr` claim (authentication methods references) as the multi-valued condition key
 * `<host/path>:amr`: the IAM User Guide lists `amr` among the keys of OIDC federation, with Cognito's
 * `cognito-identity.amazonaws.com:amr` as its example (`authenticated`, `unauthenticated`, the login
 * provider). That a generic IAM OIDC provider's `amr` claim reaches the trust policy
 * the same way is unverified. A string counts as one value; anything but strings is left out.
 */
export function tokenAmr(claims: JWTPayload): string[] | undefined {
  const amr = claims.amr
  const values = typeof amr === 'string' ? [amr] : Array.isArray(amr) ? amr.filter((v): v is string => typeof v === 'string') : []
  return values.length > 0 ? values : undefined
}

export const TAGS_CLAIM = 'https://aws.amazon.com/tags'
export const SOURCE_IDENTITY_CLAIM = 'https://aws.amazon.com/source_identity'

/**
 * Session tags from the `https://aws.amazon.com/tags` claim: `{"principal_tags": {"Key": ["value"]},
 * "transitive_tag_keys": ["Key"]}`, each tag's value a one-element array (IAM User Guide, "Passing
 * session tags using AssumeRoleWithWebIdentity"). A claim of another shape is refused.
 */
export function claimTags(claims: JWTPayload): { ok: true; requested: RequestedTags } | { ok: false; why: string } {
  const claim = claims[TAGS_CLAIM]
  if (claim === undefined) return { ok: true, requested: { tags: [], transitiveTagKeys: [] } }
  if (!isObject(claim)) return { ok: false, why: `The ${TAGS_CLAIM} claim is not a JSON object.` }
  const principalTags = claim.principal_tags ?? {}
  if (!isObject(principalTags)) return { ok: false, why: 'principal_tags is not a JSON object.' }
  const tags: RequestedTags['tags'] = []
  for (const [Key, value] of Object.entries(principalTags)) {
    if (!Array.isArray(value) || value.length !== 1 || typeof value[0] !== 'string') return { ok: false, why: `principal_tags.${Key} is not an array of exactly one string.` }
    tags.push({ Key, Value: value[0] })
  }
  const transitive = claim.transitive_tag_keys ?? []
  if (!Array.isArray(transitive) || !transitive.every((k): k is string => typeof k === 'string')) return { ok: false, why: 'transitive_tag_keys is not an array of strings.' }
  return { ok: true, requested: { tags, transitiveTagKeys: transitive } }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
