import { importJWK, SignJWT, type JWK, type JWTPayload } from 'jose'
import { SOURCE_IDENTITY_CLAIM, TAGS_CLAIM } from '../operations/federation/oidc/token-claims.ts'
import type { World } from '../world/world-schema.ts'
import { simulatedOidcProvider } from './simulated-providers.ts'

/** How long a simulated ID token lives by default: an hour, as most IdPs issue them. */
const DEFAULT_LIFETIME_SECONDS = 3600

export interface SimulatedIdTokenOptions {
  /** The `sub` claim: the user at the IdP (SubjectFromWebIdentityToken in the answer). */
  sub: string
  /** The `aud` claim; default the provider's first client id. */
  aud?: string | readonly string[]
  /** The IdP's clock, in milliseconds since the epoch: `iat` and `nbf` (whole seconds). */
  nowMs: number
  /** `exp` = `iat` + this; default 3600. A negative lifetime makes a token that has already expired. */
  lifetimeSeconds?: number
  /** Session tags: the `https://aws.amazon.com/tags` claim, each value a one-element array as AWS wants. */
  principalTags?: Readonly<Record<string, string>>
  /** `transitive_tag_keys` of the tags claim (the claim is written when either this or principalTags is given). */
  transitiveTagKeys?: readonly string[]
  /** The `https://aws.amazon.com/source_identity` claim. */
  sourceIdentity?: string
  /** More claims (email, amr, azp, …). The claims above win over these: the token stays the provider's. */
  extraClaims?: Readonly<Record<string, unknown>>
}

export type SimulatedIdTokenResult = { ok: true; token: string } | { ok: false; reason: string }

/** The payload, claims in the order IdPs usually write them. */
export function claimsOf(issuer: string, audience: string | readonly string[], options: SimulatedIdTokenOptions): JWTPayload {
  const issuedAt = Math.floor(options.nowMs / 1000)
  const claims: JWTPayload = {
    ...options.extraClaims,
    iss: issuer,
    sub: options.sub,
    aud: typeof audience === 'string' ? audience : [...audience],
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + Math.trunc(options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS),
  }
  if (options.principalTags !== undefined || options.transitiveTagKeys !== undefined) {
    const principalTags = Object.fromEntries(Object.entries(options.principalTags ?? {}).map(([key, value]) => [key, [value]]))
    claims[TAGS_CLAIM] = { principal_tags: principalTags, ...(options.transitiveTagKeys ? { transitive_tag_keys: [...options.transitiveTagKeys] } : {}) }
  }
  if (options.sourceIdentity !== undefined) claims[SOURCE_IDENTITY_CLAIM] = options.sourceIdentity
  return claims
}

/**
 * The simulated IdP of an OIDC provider of the world: an ID token (a JWS in compact form) for the
 * signed-in user, signed with the provider's `simulatedIdp.privateJwk` (its `kid` in the header,
 * its `alg`, default RS256), `iss` = the provider's URL. It is what a real IdP hands the app, ready
 * for AssumeRoleWithWebIdentity's WebIdentityToken. jose signs with the host's WebCrypto.
 *
 * Never throws: a provider without a simulated IdP or an unusable key is an `ok: false` with the
 * reason in words.
 */
export async function simulatedIdToken(world: World, providerArn: string, options: SimulatedIdTokenOptions): Promise<SimulatedIdTokenResult> {
  const found = simulatedOidcProvider(world, providerArn)
  if (!found.ok) return found
  const { provider, privateJwk } = found
  const audience = options.aud ?? provider.clientIds[0]
  if (audience === undefined) return { ok: false, reason: 'this provider has no client id to use as the audience' }
  return signIdToken(privateJwk, claimsOf(provider.url, audience, options))
}

/** Private keys already imported, per JWK object of the world and algorithm (an RSA import costs milliseconds). */
const importedKeys = new WeakMap<Record<string, unknown>, Map<string, ReturnType<typeof importJWK>>>()

function signingKey(privateJwk: Record<string, unknown>, alg: string): ReturnType<typeof importJWK> {
  let kept = importedKeys.get(privateJwk)
  if (!kept) importedKeys.set(privateJwk, (kept = new Map()))
  const known = kept.get(alg)
  if (known) return known
  const imported = importJWK(privateJwk as JWK, alg)
  // A key that cannot be imported is not kept: the next sign-in says why again.
  imported.catch(() => kept.delete(alg))
  kept.set(alg, imported)
  return imported
}

/**
 * Signs claims as a JWS in compact form with a private JWK (its `kid` in the header, its `alg`,
 * default RS256). Never throws: an unusable key is an `ok: false` with the reason.
 */
export async function signIdToken(privateJwk: Record<string, unknown>, claims: JWTPayload): Promise<SimulatedIdTokenResult> {
  if (typeof privateJwk.kty !== 'string') return { ok: false, reason: "the simulated IdP's private key is not a JWK (no kty)" }
  const alg = typeof privateJwk.alg === 'string' ? privateJwk.alg : 'RS256'
  const kid = typeof privateJwk.kid === 'string' ? privateJwk.kid : undefined
  try {
    const key = await signingKey(privateJwk, alg)
    const token = await new SignJWT(claims).setProtectedHeader({ alg, ...(kid !== undefined ? { kid } : {}), typ: 'JWT' }).sign(key)
    return { ok: true, token }
  } catch (error) {
    return { ok: false, reason: `the ID token could not be signed: ${error instanceof Error ? error.message : String(error)}` }
  }
}
