import { roleArn } from '../identity/principal-arns.ts'
import { trustPolicyOf } from '../operations/assume/role-arn.ts'
import { oidcProviderArn, oidcProviderHost, type WorldOidcProvider } from '../operations/federation/oidc/oidc-provider.ts'
import { findSamlProvider, samlProviderArn, type WorldSamlProvider } from '../operations/federation/saml/saml-provider.ts'
import { COGNITO_PRINCIPAL } from '../operations/federation/oidc/cognito.ts'
import type { World, WorldCognito, WorldIdentityPool, WorldOauth2Provider } from '../world/world-schema.ts'

/** An identity provider of the world that the playground can sign in at: its IdP is simulated. */
export interface SimulatedProvider {
  /**
   * `saml` and `oidc`: an IAM identity provider; `oauth2`: Login with Amazon or Facebook
   * (AssumeRoleWithWebIdentity with ProviderId, simulatedOauth2Token); `cognito`: Amazon Cognito
   * identity pools (simulatedCognitoToken).
   */
  kind: 'saml' | 'oidc' | 'oauth2' | 'cognito'
  /**
   * What a trust policy names as `"Federated"`: the IAM provider ARN (`arn:aws:iam::ACCOUNT:saml-provider/NAME`,
   * `arn:aws:iam::ACCOUNT:oidc-provider/HOST[/PATH]`) or, for the providers built into STS, their
   * name (`www.amazon.com`, `graph.facebook.com`, `cognito-identity.amazonaws.com`).
   */
  arn: string
  /** A short name for pickers: the SAML provider's name, the OIDC provider's URL without `https://`, the ProviderId, or `cognito-identity.amazonaws.com`. */
  label: string
  /** ARNs of the roles whose trust policy allows this provider as a Federated principal, in world order. */
  roles: string[]
  /** `oauth2` only: the apps registered at the provider (the token's app id, the answer's Audience). */
  appIds?: string[]
  /** `cognito` only: the world's identity pools (a token's `aud`, the answer's Audience). */
  identityPools?: WorldIdentityPool[]
}

/**
 * The roles a provider can sign in to: those with an Allow statement naming the provider ARN as a
 * `Federated` principal. Conditions are not evaluated (the IdP asserts; STS decides), so a role
 * listed here may still refuse a given sign-in, which is the lesson the playground then shows.
 */
export function rolesTrusting(world: World, providerArn: string): string[] {
  return world.roles
    .filter((role) =>
      trustPolicyOf(role).statements.some(
        (statement) =>
          statement.effect === 'Allow' &&
          statement.principal !== undefined &&
          !statement.principal.negated &&
          statement.principal.values.some((principal) => principal.type === 'Federated' && principal.value === providerArn),
      ),
    )
    .map((role) => roleArn(world, role.account, role.path, role.name))
}

/** The world's SAML provider at an ARN that has a simulated IdP, or why there is none. */
export function simulatedSamlProvider(world: World, arn: string): { ok: true; provider: WorldSamlProvider; privateKeyPem: string } | { ok: false; reason: string } {
  const provider = findSamlProvider(world, arn)
  if (!provider) return { ok: false, reason: `the world has no SAML provider ${arn}` }
  if (!provider.simulatedIdp) return { ok: false, reason: 'this provider has no simulated IdP in the world' }
  return { ok: true, provider, privateKeyPem: provider.simulatedIdp.privateKeyPem }
}

/** The world's OIDC provider at an ARN (compared exactly, as IAM keeps the URL) that has a simulated IdP, or why there is none. */
export function simulatedOidcProvider(world: World, arn: string): { ok: true; provider: WorldOidcProvider; privateJwk: Record<string, unknown> } | { ok: false; reason: string } {
  const provider = world.oidcProviders.find((p) => oidcProviderArn(world, p) === arn)
  if (!provider) return { ok: false, reason: `the world has no OIDC provider ${arn}` }
  if (!provider.simulatedIdp) return { ok: false, reason: 'this provider has no simulated IdP in the world' }
  return { ok: true, provider, privateJwk: provider.simulatedIdp.privateJwk }
}

/** The world's OAuth 2.0 provider with this ProviderId that has a simulated IdP, or why there is none. */
export function simulatedOauth2Provider(world: World, providerId: string): { ok: true; provider: WorldOauth2Provider; tokenKey: string } | { ok: false; reason: string } {
  const provider = world.oauth2Providers?.find((p) => p.providerId === providerId)
  if (!provider) return { ok: false, reason: `the world has no OAuth 2.0 provider ${providerId}` }
  if (!provider.simulatedIdp) return { ok: false, reason: 'this provider has no simulated IdP in the world' }
  return { ok: true, provider, tokenKey: provider.simulatedIdp.tokenKey }
}

/** The world's Cognito with a simulated IdP, or why there is none. */
export function simulatedCognito(world: World): { ok: true; cognito: WorldCognito; privateJwk: Record<string, unknown> } | { ok: false; reason: string } {
  const cognito = world.cognito
  if (!cognito) return { ok: false, reason: 'the world has no Cognito identity pools' }
  if (!cognito.simulatedIdp) return { ok: false, reason: 'the world’s Cognito has no simulated IdP' }
  return { ok: true, cognito, privateJwk: cognito.simulatedIdp.privateJwk }
}

/**
 * Every provider of the world with a simulated IdP: SAML providers first, then OIDC providers, each
 * in world order, then the OAuth 2.0 providers in world order, then Cognito.
 */
export function simulatedProviders(world: World): SimulatedProvider[] {
  const saml = world.samlProviders
    .filter((provider) => provider.simulatedIdp)
    .map((provider): SimulatedProvider => {
      const arn = samlProviderArn(world, provider)
      return { kind: 'saml', arn, label: provider.name, roles: rolesTrusting(world, arn) }
    })
  const oidc = world.oidcProviders
    .filter((provider) => provider.simulatedIdp)
    .map((provider): SimulatedProvider => {
      const arn = oidcProviderArn(world, provider)
      return { kind: 'oidc', arn, label: oidcProviderHost(provider), roles: rolesTrusting(world, arn) }
    })
  const oauth2 = (world.oauth2Providers ?? [])
    .filter((provider) => provider.simulatedIdp)
    .map((provider): SimulatedProvider => ({ kind: 'oauth2', arn: provider.providerId, label: provider.providerId, roles: rolesTrusting(world, provider.providerId), appIds: [...provider.appIds] }))
  const cognito: SimulatedProvider[] = world.cognito?.simulatedIdp
    ? [{ kind: 'cognito', arn: COGNITO_PRINCIPAL, label: COGNITO_PRINCIPAL, roles: rolesTrusting(world, COGNITO_PRINCIPAL), identityPools: world.cognito.identityPools.map((pool) => ({ ...pool })) }]
    : []
  return [...saml, ...oidc, ...oauth2, ...cognito]
}
