import type { CheckLog } from '../../../explain/checks.ts'
import type { World } from '../../../world/world-schema.ts'
import { federationFaults } from '../federation-faults.ts'
import type { WebIdentityCheck } from '../web-identity.ts'
import { checkIdTokenClaims } from './check-claims.ts'
import type { DecodedToken } from './decode-token.ts'
import { oidcProviderArn, oidcProviderHost, type WorldOidcProvider } from './oidc-provider.ts'
import { INCORRECT_AUDIENCE, tokenAmr, tokenAudience } from './token-claims.ts'
import { VERIFICATION_KEY_MESSAGE, verifyTokenSignature } from './verify-signature.ts'

/**
 * An ID token whose `iss` is the URL of an IAM OIDC provider of the role's account (already found):
 * `aud` (or `azp`) one of the provider's client ids ("Incorrect token audience", fact 67); STS can
 * fetch the provider's keys (`keysUnreachable`) and the signature verifies with them
 * (verify-signature.ts); then the claims every ID token needs (check-claims.ts). The provider is
 * the principal, by its ARN; its condition keys are prefixed with its host/path: `<host>:aud`,
 * `<host>:sub` and, when the token has one, `<host>:amr`.
 */
export async function verifyIamOidcToken(log: CheckLog, world: World, provider: WorldOidcProvider, decoded: DecodedToken, token: string, nowMs: number): Promise<WebIdentityCheck> {
  const { claims } = decoded
  const providerArn = oidcProviderArn(world, provider)
  log.pass('web-identity.token.issuer', 'An IAM OIDC provider of the role’s account is the token’s issuer', `${providerArn} has the URL ${provider.url}.`)

  const audience = tokenAudience(claims, provider.clientIds)
  if (audience === undefined) {
    log.fail('web-identity.token.audience', 'The token was issued to a client id of the provider', `aud ${JSON.stringify(claims.aud ?? null)} is none of the provider's client ids (${provider.clientIds.join(', ') || 'none'}).`)
    return { ok: false, fault: federationFaults.invalidIdentityToken(INCORRECT_AUDIENCE) }
  }
  log.pass('web-identity.token.audience', 'The token was issued to a client id of the provider', `${audience} is one of the provider's client ids.`)

  if (provider.keysUnreachable === true) {
    log.fail('web-identity.token.keys', 'STS can fetch the provider’s signing keys', `STS could not fetch the keys of ${provider.url} (its /.well-known/openid-configuration and jwks_uri are unreachable: keysUnreachable is set on this provider in the world), so it cannot verify any token of this issuer.`)
    return { ok: false, fault: federationFaults.invalidIdentityToken(VERIFICATION_KEY_MESSAGE) }
  }
  log.pass('web-identity.token.keys', 'STS can fetch the provider’s signing keys', `${provider.url} publishes ${provider.jwks.keys.length} key(s) in its JWKS.`)

  const signature = await verifyTokenSignature(token, provider.jwks)
  if (!signature.ok) {
    log.fail('web-identity.token.signature', 'The provider’s key verifies the token’s signature', signature.why)
    return { ok: false, fault: federationFaults.invalidIdentityToken(VERIFICATION_KEY_MESSAGE) }
  }
  log.pass('web-identity.token.signature', 'The provider’s key verifies the token’s signature', `${signature.alg} signature verified with ${signature.kid !== undefined ? `key ${signature.kid}` : 'the key'} from the provider's JWKS.`)

  const checked = checkIdTokenClaims(log, claims, nowMs)
  if (!checked.ok) return checked
  const { subject } = checked

  const host = oidcProviderHost(provider)
  const amr = tokenAmr(claims)
  return {
    ok: true,
    identity: {
      provider: providerArn,
      caller: { type: 'WebIdentity', providerArn, providerAccount: provider.account },
      audience,
      subject,
      conditionKeys: { [`${host}:aud`]: audience, [`${host}:sub`]: subject, ...(amr !== undefined ? { [`${host}:amr`]: amr } : {}) },
      requested: checked.requested,
      ...(checked.sourceIdentity !== undefined ? { sourceIdentity: checked.sourceIdentity } : {}),
      allowedWhy: `The role's trust policy allows Federated ${providerArn} with ${host}:aud = ${audience} and ${host}:sub = ${subject}.`,
    },
  }
}
