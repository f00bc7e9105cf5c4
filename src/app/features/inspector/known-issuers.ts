import type { World } from '../../engine/types.ts'

/** The issuers the world's providers vouch for: each SAML provider's entityId, each OIDC provider's URL. */
export function worldIssuers(world: World): string[] {
  return [...world.samlProviders.map((provider) => provider.entityId), ...world.oidcProviders.map((provider) => provider.url)]
}

/** An issuer compared loosely: no scheme, no trailing slash (IAM keys OIDC providers by host and path). */
function comparable(issuer: string): string {
  return issuer.trim().replace(/^https:\/\//i, '').replace(/\/+$/, '')
}

/**
 * Whether the issuer belongs to one of the world's providers: 'unchecked' when no list is given,
 * 'missing' when the token names no issuer.
 */
export function issuerStanding(issuer: string | undefined, knownIssuers: readonly string[] | undefined): 'known' | 'unknown' | 'missing' | 'unchecked' {
  if (knownIssuers === undefined) return 'unchecked'
  if (issuer === undefined || issuer.trim() === '') return 'missing'
  const wanted = comparable(issuer)
  return knownIssuers.some((known) => comparable(known) === wanted) ? 'known' : 'unknown'
}
