import { jsHashing, type Hashing } from '../../../auth/hashing.ts'
import { fromBase64, toBase64, utf8Decode, utf8Encode } from '../../../sessions/base64.ts'
import type { WorldOauth2Provider } from '../../../world/world-schema.ts'

/**
 * The simulated OAuth 2.0 access tokens of Login with Amazon and Facebook.
 *
 * Real access tokens are opaque: STS cannot read them, it sends them to the provider (Facebook's
 * Graph API, Amazon's token-info endpoint) and the provider says which app and which user the token
 * was issued to, or that it does not accept it. The playground has no provider to ask, so the world
 * stands in for it: a token is `<prefix><payload>.<seal>`, where the payload is base64url JSON
 * `{"app_id": …, "user_id": …, "exp": …}` and the seal is HMAC-SHA256 over the provider id and the
 * prefixed payload with the provider's `simulatedIdp.tokenKey`. Only the provider (the world
 * entry holding the key) can make or check one, which is what makes the token opaque to everyone
 * else; the engine "asks the provider" by checking the seal with the provider's key.
 *
 * The prefixes are those of real tokens, so a learner recognises them: Login with Amazon access
 * tokens start `Atza|` (the model's own AssumeRoleWithWebIdentity example), Facebook user access
 * tokens `EAA`.
 */

export type Oauth2ProviderId = WorldOauth2Provider['providerId']

export const TOKEN_PREFIX: Readonly<Record<Oauth2ProviderId, string>> = { 'www.amazon.com': 'Atza|', 'graph.facebook.com': 'EAA' }

/** What the provider says about a token it accepts. */
export interface AccessTokenGrant {
  appId: string
  userId: string
  /** Seconds since the epoch. */
  exp: number
}

function base64url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)
  return fromBase64(padded)
}

function seal(providerId: Oauth2ProviderId, tokenKey: string, sealed: string, hashing: Hashing): string {
  return base64url(hashing.hmacSha256(utf8Encode(tokenKey), `${providerId}\n${sealed}`))
}

/** A new access token of the provider (what its sign-in hands the app). Deterministic for the same inputs. */
export function sealAccessToken(providerId: Oauth2ProviderId, tokenKey: string, grant: AccessTokenGrant, hashing: Hashing = jsHashing): string {
  const sealed = `${TOKEN_PREFIX[providerId]}${base64url(utf8Encode(JSON.stringify({ app_id: grant.appId, user_id: grant.userId, exp: grant.exp })))}`
  return `${sealed}.${seal(providerId, tokenKey, sealed, hashing)}`
}

export type AccessTokenCheck = { ok: true; grant: AccessTokenGrant } | { ok: false; why: string }

/**
 * The provider's answer for a token: accepted with its app, user and expiry, or rejected and why
 * (in the provider's terms; STS only learns "400 Bad Request"). The provider rejects a token it did
 * not issue (no seal, a seal that does not verify with its key: garbage, an altered token, another
 * provider's token, an ID token), one past its expiry (no leeway: the provider's own clock) and one
 * of an app it does not know (the world's `appIds`).
 */
export function checkAccessToken(provider: WorldOauth2Provider, token: string, nowSeconds: number, hashing: Hashing = jsHashing): AccessTokenCheck {
  const { providerId } = provider
  const tokenKey = provider.simulatedIdp?.tokenKey
  if (tokenKey === undefined) return { ok: false, why: `The world gives ${providerId} no token key, so it recognises no access token at all.` }
  const prefix = TOKEN_PREFIX[providerId]
  const dot = token.lastIndexOf('.')
  if (!token.startsWith(prefix) || dot < prefix.length) return { ok: false, why: `${providerId} did not issue this token: it is not ${prefix}<payload>.<seal>.` }
  const sealed = token.slice(0, dot)
  if (!sameText(seal(providerId, tokenKey, sealed, hashing), token.slice(dot + 1))) {
    return { ok: false, why: `${providerId} did not issue this token: its seal does not verify with the provider's key (altered, forged, or another provider's).` }
  }
  const payload = readPayload(sealed.slice(prefix.length))
  if (!payload) return { ok: false, why: `The token's payload is not {"app_id", "user_id", "exp"}.` }
  if (payload.exp <= nowSeconds) return { ok: false, why: `The token expired at ${payload.exp}; it is now ${nowSeconds} on the provider's clock.` }
  if (!provider.appIds.includes(payload.appId)) return { ok: false, why: `The token was issued to app ${payload.appId}, which ${providerId} does not know (its apps: ${provider.appIds.join(', ') || 'none'}).` }
  return { ok: true, grant: payload }
}

function readPayload(encoded: string): AccessTokenGrant | undefined {
  const bytes = fromBase64url(encoded)
  if (!bytes) return undefined
  try {
    const value: unknown = JSON.parse(utf8Decode(bytes))
    if (typeof value !== 'object' || value === null) return undefined
    const { app_id: appId, user_id: userId, exp } = value as Record<string, unknown>
    if (typeof appId !== 'string' || typeof userId !== 'string' || userId === '' || typeof exp !== 'number' || !Number.isInteger(exp)) return undefined
    return { appId, userId, exp }
  } catch {
    return undefined
  }
}

/** Compares two seals without stopping at the first difference. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}
