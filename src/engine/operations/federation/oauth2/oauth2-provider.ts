import type { StsFault } from '../../../errors/faults.ts'
import { OAUTH2_PROVIDER_IDS, type World, type WorldOauth2Provider } from '../../../world/world-schema.ts'
import { modeledFault } from '../../caller-side/modeled-fault.ts'
import type { OperationContext } from '../../operation.ts'
import { federationFaults, modelText } from '../federation-faults.ts'
import { NO_TAGS, type WebIdentityCheck } from '../web-identity.ts'
import { checkAccessToken, type Oauth2ProviderId } from './access-token.ts'

/**
 * The condition keys each OAuth 2.0 provider brings to the trust policy: the app the token was
 * issued to and the user (IAM User Guide, "Available keys for OIDC federation" / IAM condition
 * context keys for web identity: `www.amazon.com:app_id`, `www.amazon.com:user_id`,
 * `graph.facebook.com:app_id`, `graph.facebook.com:id`).
 */
export const OAUTH2_KEYS: Readonly<Record<Oauth2ProviderId, { app: string; user: string }>> = {
  'www.amazon.com': { app: 'www.amazon.com:app_id', user: 'www.amazon.com:user_id' },
  'graph.facebook.com': { app: 'graph.facebook.com:app_id', user: 'graph.facebook.com:id' },
}

export function isOauth2ProviderId(value: string): value is Oauth2ProviderId {
  return (OAUTH2_PROVIDER_IDS as readonly string[]).includes(value)
}

export function findOauth2Provider(world: World, providerId: string): WorldOauth2Provider | undefined {
  return world.oauth2Providers?.find((p) => p.providerId === providerId)
}

/**
 * IDPRejectedClaim (403) when the provider refuses the token: STS relays the provider's HTTP answer,
 * prefixed with the ProviderId. Recorded for Facebook as `graph.facebook.com: graph.facebook.com
 * responded with HTTP/1.1 400 Bad Request` (ISS:aws/aws-sdk-js#198, the raw ErrorResponse, Type
 * Sender). No recording of Login with Amazon's refusal was found (searches of issue
 * threads, code and pages); its text is this one by analogy, with `www.amazon.com` in both places
 * (unverified: STS may name the host it calls, Amazon's token-info endpoint, in the second place).
 * Both providers answer 400 for a token they do not accept, an expired one included (the model:
 * IDPRejectedClaim "can also mean that the claim has expired or has been explicitly revoked").
 */
export function rejectedMessage(providerId: Oauth2ProviderId): string {
  return `${providerId}: ${providerId} responded with HTTP/1.1 400 Bad Request`
}

/**
 * IDPCommunicationError (400) when STS cannot reach the provider. No recording of its message was
 * found, so the answer carries the model's description of the error (sts-service-2.json,
 * IDPCommunicationErrorException), as the other unrecorded federation texts do (federation-faults.ts).
 */
export const COMMUNICATION_ERROR_MESSAGE =
  "The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. This is often a transient error caused by network conditions. Retry the request a limited number of times so that you don't exceed the request rate. If the error persists, the identity provider might be down or not responding."

export const oauth2Faults = {
  rejected: (providerId: Oauth2ProviderId): StsFault => modeledFault('IDPRejectedClaimException', rejectedMessage(providerId)),
  unreachable: (): StsFault => modeledFault('IDPCommunicationErrorException', COMMUNICATION_ERROR_MESSAGE),
} as const

/**
 * An OAuth 2.0 access token (ProviderId given): STS asks the provider the ProviderId names, and the
 * provider's answer decides.
 *
 * 1. ProviderId must be exactly `www.amazon.com` or `graph.facebook.com` (the model: "the only
 *    supported identity providers for OAuth 2.0 access tokens. Do not include URL schemes and port
 *    numbers."). What STS answers for another value (`accounts.google.com`, `https://www.amazon.com`,
 *    `www.amazon.com:443`) is not recorded anywhere we could find; STS has no provider to ask, so it
 *    cannot validate the token: InvalidIdentityToken with the model's description of that error
 *    (unverified). Compared exactly, case included (unverified).
 * 2. The provider must be reachable (the world's `unreachable`): else IDPCommunicationError.
 * 3. The provider must accept the token (access-token.ts): else IDPRejectedClaim. A world without an
 *    entry for the provider has a provider that knows no app, so it accepts nothing.
 *
 * The token carries no session tags and no source identity (it is not a JWT with claims). The
 * principal is the bare provider id, as trust policies name it (`"Federated": "www.amazon.com"`):
 * these providers are not IAM entities of any account.
 */
export function verifyOauth2Token(ctx: Pick<OperationContext, 'log' | 'world' | 'nowMs' | 'deps'>, providerId: string, token: string): WebIdentityCheck {
  const { log } = ctx
  if (!isOauth2ProviderId(providerId)) {
    log.fail('web-identity.provider-id', 'ProviderId names an OAuth 2.0 provider STS supports', `"${providerId}" is neither www.amazon.com nor graph.facebook.com (host names only: no scheme, no port), so STS has no provider to ask about the token.`)
    return { ok: false, fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken) }
  }
  log.pass('web-identity.provider-id', 'ProviderId names an OAuth 2.0 provider STS supports', `STS sends the access token to ${providerId} and asks whose it is.`)

  const provider = findOauth2Provider(ctx.world, providerId)
  if (provider?.unreachable === true) {
    log.fail('web-identity.token.provider-reachable', `STS can reach ${providerId}`, `${providerId} does not answer (unreachable is set on this provider in the world).`)
    return { ok: false, fault: oauth2Faults.unreachable() }
  }
  log.pass('web-identity.token.provider-reachable', `STS can reach ${providerId}`, `${providerId} answers (simulated by the world's oauth2Providers entry${provider ? '' : ': there is none, so it knows no app'}).`)

  const nowSeconds = Math.floor(ctx.nowMs / 1000)
  const check = provider
    ? checkAccessToken(provider, token, nowSeconds, ctx.deps.hashing)
    : { ok: false as const, why: `The world has no oauth2Providers entry for ${providerId}: it knows no app and accepts no token.` }
  if (!check.ok) {
    log.fail('web-identity.token.provider-check', `${providerId} accepts the access token`, `${check.why} It answers 400 Bad Request, which STS relays as IDPRejectedClaim.`)
    return { ok: false, fault: oauth2Faults.rejected(providerId) }
  }
  const { appId, userId } = check.grant
  log.pass('web-identity.token.provider-check', `${providerId} accepts the access token`, `It was issued to app ${appId} for user ${userId}; it expires at ${check.grant.exp}.`)

  const keys = OAUTH2_KEYS[providerId]
  return {
    ok: true,
    identity: {
      provider: providerId,
      caller: { type: 'WebIdentity', providerArn: providerId, providerAccount: '' },
      audience: appId,
      subject: userId,
      conditionKeys: { [keys.app]: appId, [keys.user]: userId },
      requested: NO_TAGS,
      allowedWhy: `The role's trust policy allows Federated ${providerId} with ${keys.app} = ${appId} and ${keys.user} = ${userId}.`,
    },
  }
}
