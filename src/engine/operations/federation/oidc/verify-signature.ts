import { compactVerify, createLocalJWKSet, errors, type JSONWebKeySet } from 'jose'

/**
 * STS's answer when it cannot verify the token with the provider's keys: InvalidIdentityToken with
 * this text, double space included (aws/aws-sdk-js-v3#3052 and OpenShift logs quote
 * it exactly). It is what a token signed by a key that is not in the provider's JWKS gets, even when
 * iss, aud and sub all match (a write-up that forged such a token against a real GitHub provider
 * recorded this answer; Okta troubleshooting tables: "the JWT is signed with a key that's not in the JWKS").
 *
 * It is also the answer when STS cannot fetch the provider's keys at all (the world's
 * `keysUnreachable`), not IDPCommunicationError: AWS Knowledge Center, "How can I resolve the AWS STS
 * AssumeRoleWithWebIdentity API call error InvalidIdentityToken?" gives this error for a
 * `.well-known` URL or jwks_uri "inaccessible from the public internet", a firewall blocking STS and
 * an IdP slower than 5 seconds; recorded with the code for an unreachable discovery document
 * (`An error occurred (InvalidIdentityToken) … Couldn't retrieve verification key …`,
 * openshift/cloud-credential-operator#468) and for a GitHub OIDC endpoint timing out
 * (aws-actions/configure-aws-credentials#299). IDPCommunicationError (400) is, in the model's
 * words, for an identity provider "that was asked to verify the incoming identity token" and
 * "could not be reached" (older models: "the non-AWS identity provider"): the OAuth 2.0 providers
 * of ProviderId, which STS calls to check a token (as with IDPRejectedClaim, ISS:aws/aws-sdk-js#198);
 * no recording shows it for an OIDC ID token.
 */
export const VERIFICATION_KEY_MESSAGE = "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"

/**
 * The signature algorithms STS accepts for OIDC tokens: RSA and ECDSA only (the model's
 * WebIdentityToken documentation: "Tokens must be signed using either RSA keys (RS256, RS384, or
 * RS512) or ECDSA keys (ES256, ES384, or ES512)."). Never
 * `none`, never HMAC: an HS256 token "signed" with the provider's public key as the secret is refused
 * before any key is looked up.
 */
export const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const

export type SignatureCheck = { ok: true; alg: string; kid?: string } | { ok: false; why: string }

type Jwks = { keys: Record<string, unknown>[] }

/** Per JWKS of the world: jose's key set (which keeps the keys it imported) and the verdicts on recent tokens. */
const known = new WeakMap<Jwks, { keySet: ReturnType<typeof createLocalJWKSet>; verdicts: Map<string, Promise<SignatureCheck>> }>()
const VERDICTS_KEPT = 32

/**
 * Verifies the token's signature with the key its `kid` (and `alg`) select from the provider's JWKS
 * (jose's local JWK set: exactly one key must match), with the algorithm allow-list above. The
 * verdict depends on the token and the keys only (claims and times are checked afterwards, every
 * time), so a token sent again, and the comparison table's requests with one token, verify once.
 */
export function verifyTokenSignature(token: string, jwks: Jwks): Promise<SignatureCheck> {
  let entry = known.get(jwks)
  if (!entry) known.set(jwks, (entry = { keySet: createLocalJWKSet(jwks as unknown as JSONWebKeySet), verdicts: new Map() }))
  const seen = entry.verdicts.get(token)
  if (seen) return seen
  const verdict = verify(token, entry.keySet)
  entry.verdicts.set(token, verdict)
  if (entry.verdicts.size > VERDICTS_KEPT) entry.verdicts.delete(entry.verdicts.keys().next().value as string)
  return verdict
}

async function verify(token: string, keySet: ReturnType<typeof createLocalJWKSet>): Promise<SignatureCheck> {
  try {
    const { protectedHeader } = await compactVerify(token, keySet, { algorithms: [...OIDC_ALGORITHMS] })
    return { ok: true, alg: protectedHeader.alg, ...(protectedHeader.kid !== undefined ? { kid: protectedHeader.kid } : {}) }
  } catch (error) {
    return { ok: false, why: describe(error) }
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return `The token's algorithm is not one STS accepts (${OIDC_ALGORITHMS.join(', ')}).`
  }
  if (error instanceof errors.JWKSNoMatchingKey) return "No key in the provider's JWKS matches the token's kid and alg."
  if (error instanceof errors.JWKSMultipleMatchingKeys) return "Several keys in the provider's JWKS match the token's header: it must name one with kid."
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The signature does not verify with the provider's key: the token was not signed by this identity provider, or was altered."
  return `The token cannot be verified: ${(error as Error).message}`
}
