import { trustPolicyOf } from '../operations/assume/role-arn.ts'
import { oidcProviderArn, oidcProviderHost, type WorldOidcProvider } from '../operations/federation/oidc/oidc-provider.ts'
import { findSamlProvider, type WorldSamlProvider } from '../operations/federation/saml/saml-provider.ts'
import type { World, WorldRole } from '../world/world-schema.ts'

/** An identity provider of the world that the playground can sign in at: its IdP is simulated. */
export interface SimulatedProvider {
  kind: 'saml' | 'oidc'
  /** The IAM provider ARN: `arn:aws:iam::ACCOUNT:saml-provider/NAME` or `arn:aws:iam::ACCOUNT:oidc-provider/HOST[/PATH]`. */
  arn: string
  /** A short name for pickers: the SAML provider's name, or the OIDC provider's URL without `https://`. */
  label: string
  /** ARNs of the roles whose trust policy allows this provider as a Federated principal, in world order. */
  roles: string[]
}

/** `arn:<partition>:iam::<account>:saml-provider/<name>`. */
export function samlProviderArn(world: World, provider: WorldSamlProvider): string {
  return `arn:${world.partition}:iam::${provider.account}:saml-provider/${provider.name}`
}

export function roleArn(world: World, role: WorldRole): string {
  return `arn:${world.partition}:iam::${role.account}:role${role.path}${role.name}`
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
    .map((role) => roleArn(world, role))
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

/** Every provider of the world with a simulated IdP: SAML providers first, then OIDC providers, each in world order. */
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
  return [...saml, ...oidc]
}
