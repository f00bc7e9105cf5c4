import type { World } from '../../../engine/index.ts'

export type WorldSamlProvider = World['samlProviders'][number]
export type WorldOidcProvider = World['oidcProviders'][number]

/** `arn:aws:iam::ACCOUNT:saml-provider/NAME`, in the world's partition: what trust policies name as `Federated`. */
export function samlProviderArn(world: Pick<World, 'partition'>, provider: Pick<WorldSamlProvider, 'account' | 'name'>): string {
  return `arn:${world.partition}:iam::${provider.account}:saml-provider/${provider.name}`
}

/**
 * `arn:aws:iam::ACCOUNT:oidc-provider/HOST[/PATH]`: IAM names an OIDC provider by its URL without
 * `https://`, kept exactly as registered (a trailing slash is part of it), as the engine does.
 */
export function oidcProviderArn(world: Pick<World, 'partition'>, provider: Pick<WorldOidcProvider, 'account' | 'url'>): string {
  return `arn:${world.partition}:iam::${provider.account}:oidc-provider/${provider.url.replace(/^https:\/\//, '')}`
}
