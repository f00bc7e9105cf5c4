import { COGNITO_ISSUER } from '../operations/federation/oidc/cognito.ts'
import type { World } from '../world/world-schema.ts'
import { claimsOf, signIdToken, type SimulatedIdTokenResult } from './oidc-idp.ts'
import { simulatedCognito } from './simulated-providers.ts'

/** Cognito's identity tokens (GetOpenIdToken) last ten minutes by default (Amazon Cognito API Reference, GetOpenIdToken: "valid for 10 minutes"). */
const DEFAULT_LIFETIME_SECONDS = 600

export interface SimulatedCognitoTokenOptions {
  /** The identity pool (`aud`, the answer's Audience); default the world's first pool. */
  poolId?: string
  /** The identity id (`sub`, the answer's SubjectFromWebIdentityToken), e.g. `us-east-1:1f2e3d4c-…`. */
  sub: string
  /**
   * The `amr` claim: `['unauthenticated']` for a guest, `['authenticated', <login provider>, …]` for a
   * signed-in user (e.g. `['authenticated', 'accounts.google.com', 'accounts.google.com:123']`).
   */
  amr: readonly string[]
  /** Cognito's clock, in milliseconds since the epoch: `iat` (whole seconds). */
  nowMs: number
  /** `exp` = `iat` + this; default 600. A negative lifetime makes a token that has already expired. */
  lifetimeSeconds?: number
  /** Session tags (`https://aws.amazon.com/tags`), as Cognito's attributes for access control pass them. */
  principalTags?: Readonly<Record<string, string>>
}

/**
 * The simulated Amazon Cognito identity pool: an identity token as GetOpenIdToken returns it,
 * `iss` `https://cognito-identity.amazonaws.com`, `aud` the pool id, `sub` the identity id and the
 * multi-valued `amr`, signed with the world's `cognito.simulatedIdp.privateJwk`. Ready for
 * AssumeRoleWithWebIdentity's WebIdentityToken (without ProviderId): Cognito's "basic" flow.
 *
 * Never throws: no Cognito in the world, no simulated IdP, an unknown pool or an unusable key is an
 * `ok: false` with the reason in words.
 */
export async function simulatedCognitoToken(world: World, options: SimulatedCognitoTokenOptions): Promise<SimulatedIdTokenResult> {
  const found = simulatedCognito(world)
  if (!found.ok) return found
  const poolId = options.poolId ?? found.cognito.identityPools[0]?.id
  if (poolId === undefined) return { ok: false, reason: 'the world’s Cognito has no identity pool' }
  if (!found.cognito.identityPools.some((pool) => pool.id === poolId)) return { ok: false, reason: `the world has no identity pool ${poolId}` }
  const claims = claimsOf(COGNITO_ISSUER, poolId, {
    sub: options.sub,
    nowMs: options.nowMs,
    lifetimeSeconds: options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS,
    ...(options.principalTags !== undefined ? { principalTags: options.principalTags } : {}),
    extraClaims: { amr: [...options.amr] },
  })
  delete claims.nbf
  return signIdToken(found.privateJwk, claims)
}
