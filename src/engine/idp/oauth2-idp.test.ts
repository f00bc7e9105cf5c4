import { describe, expect, it } from 'vitest'
import { checkAccessToken } from '../operations/federation/oauth2/access-token.ts'
import { T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import { simulatedOauth2Token } from './oauth2-idp.ts'

// The simulated Login with Amazon / Facebook sign-in: opaque access tokens that only the world's
// provider entry (its tokenKey) can make and check.
const AMAZON = demoWorld.oauth2Providers?.find((p) => p.providerId === 'www.amazon.com')
const NOW = T0 / 1000

describe('simulatedOauth2Token', () => {
  it('issues a token with the real prefixes (Atza| for Amazon, EAA for Facebook) that the provider accepts, for its first app by default', () => {
    const amazon = simulatedOauth2Token(demoWorld, 'www.amazon.com', { userId: 'amzn1.account.X', nowMs: T0 })
    const facebook = simulatedOauth2Token(demoWorld, 'graph.facebook.com', { userId: '42', nowMs: T0, lifetimeSeconds: 60 })
    expect(amazon.ok && amazon.token.startsWith('Atza|')).toBe(true)
    expect(facebook.ok && facebook.token.startsWith('EAA')).toBe(true)
    if (!amazon.ok || !AMAZON) throw new Error('no token')
    expect(checkAccessToken(AMAZON, amazon.token, NOW)).toEqual({ ok: true, grant: { appId: AMAZON.appIds[0], userId: 'amzn1.account.X', exp: NOW + 3600 } })
    expect(checkAccessToken(AMAZON, amazon.token, NOW + 3600).ok).toBe(false)
  })

  it('never throws: unknown provider ids, providers without a simulated IdP, unknown apps and empty users are reasons', () => {
    expect(simulatedOauth2Token(demoWorld, 'accounts.google.com', { userId: 'u', nowMs: T0 }).ok).toBe(false)
    expect(simulatedOauth2Token(demoWorld, 'www.amazon.com', { appId: 'other', userId: 'u', nowMs: T0 })).toEqual({ ok: false, reason: 'www.amazon.com has no app other' })
    expect(simulatedOauth2Token(demoWorld, 'www.amazon.com', { userId: '', nowMs: T0 }).ok).toBe(false)
    expect(simulatedOauth2Token(demoWorld, 'www.amazon.com', { userId: 'u', nowMs: Number.NaN }).ok).toBe(false)
    const bare = worldChangedBy((w) => {
      for (const p of w.oauth2Providers ?? []) delete p.simulatedIdp
    })
    expect(simulatedOauth2Token(bare, 'www.amazon.com', { userId: 'u', nowMs: T0 })).toEqual({ ok: false, reason: 'this provider has no simulated IdP in the world' })
    const none = worldChangedBy((w) => {
      delete w.oauth2Providers
    })
    expect(simulatedOauth2Token(none, 'graph.facebook.com', { userId: 'u', nowMs: T0 })).toEqual({ ok: false, reason: 'the world has no OAuth 2.0 provider graph.facebook.com' })
  })
})
