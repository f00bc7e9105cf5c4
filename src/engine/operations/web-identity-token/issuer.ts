import { Sha256 } from '@aws-crypto/sha256-js'
import { utf8Encode } from '../../sessions/base64.ts'

/**
 * Each account's outbound issuer URL. IAM EnableOutboundWebIdentityFederation "generates a unique
 * issuer URL for your AWS account" that hosts `/.well-known/openid-configuration` and
 * `/.well-known/jwks.json` (IAM API Reference, EnableOutboundWebIdentityFederation); it looks like
 * `https://abc123-def456-ghi789-jkl012.tokens.sts.global.api.aws` (IAM User Guide, "Understanding
 * token claims"). The playground derives a stable UUID-shaped name from the account id, so one
 * world always has the same issuers; nothing is served at these URLs (the app shows the documents
 * instead: outboundOpenIdConfiguration and signing-keys.ts outboundJwks). Other partitions use the
 * same domain here (their real domain is unrecorded).
 */
export function outboundIssuer(account: string): string {
  const hash = new Sha256()
  hash.update(utf8Encode(`sts-playground outbound issuer ${account}`))
  const hex = Array.from(hash.digestSync().subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
  return `https://${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}.tokens.sts.global.api.aws`
}

/** The discovery document the issuer serves (captured in radkawar/stackd testdata/aws/iam/outbound_issuance.json, case openid-configuration). */
export function outboundOpenIdConfiguration(account: string): Record<string, unknown> {
  const issuer = outboundIssuer(account)
  return {
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'jti', 'https://sts.amazonaws.com/'],
    id_token_signing_alg_values_supported: ['RS256', 'ES384'],
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
  }
}
