import { sealAccessToken } from '../operations/federation/oauth2/access-token.ts'
import { isOauth2ProviderId } from '../operations/federation/oauth2/oauth2-provider.ts'
import type { World } from '../world/world-schema.ts'
import { simulatedOauth2Provider } from './simulated-providers.ts'

/** How long a simulated access token lives by default: an hour, as Login with Amazon's do. */
const DEFAULT_LIFETIME_SECONDS = 3600

export interface SimulatedOauth2TokenOptions {
  /** The app the user signed in to (the answer's Audience, `<provider>:app_id`); default the provider's first app. */
  appId?: string
  /** The user at the provider (the answer's SubjectFromWebIdentityToken, `www.amazon.com:user_id` / `graph.facebook.com:id`). */
  userId: string
  /** The provider's clock, in milliseconds since the epoch. */
  nowMs: number
  /** The token expires this many seconds after nowMs; default 3600. Zero or less makes a token that has already expired. */
  lifetimeSeconds?: number
}

export type SimulatedOauth2TokenResult = { ok: true; token: string } | { ok: false; reason: string }

/**
 * The simulated sign-in of Login with Amazon (`www.amazon.com`) or Facebook (`graph.facebook.com`):
 * an opaque access token for the user and app, sealed with the provider's `simulatedIdp.tokenKey`
 * (operations/federation/oauth2/access-token.ts), ready for AssumeRoleWithWebIdentity's
 * WebIdentityToken with ProviderId set to the provider id.
 *
 * Never throws: an unknown provider, one without a simulated IdP, an app the provider does not
 * know or an empty user id is an `ok: false` with the reason in words.
 */
export function simulatedOauth2Token(world: World, providerId: string, options: SimulatedOauth2TokenOptions): SimulatedOauth2TokenResult {
  if (!isOauth2ProviderId(providerId)) return { ok: false, reason: `${providerId} is not an OAuth 2.0 provider STS supports (www.amazon.com or graph.facebook.com)` }
  const found = simulatedOauth2Provider(world, providerId)
  if (!found.ok) return found
  const appId = options.appId ?? found.provider.appIds[0]
  if (appId === undefined) return { ok: false, reason: 'this provider has no app to sign in to' }
  if (!found.provider.appIds.includes(appId)) return { ok: false, reason: `${providerId} has no app ${appId}` }
  if (options.userId === '') return { ok: false, reason: 'the user id is empty' }
  const lifetime = options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS
  if (!Number.isFinite(lifetime) || !Number.isFinite(options.nowMs)) return { ok: false, reason: 'the clock or the lifetime is not a number' }
  const exp = Math.floor(options.nowMs / 1000) + Math.trunc(lifetime)
  return { ok: true, token: sealAccessToken(providerId, found.tokenKey, { appId, userId: options.userId, exp }) }
}
