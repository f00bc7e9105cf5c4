import type { World } from '../../../world/world-schema.ts'

export type WorldOidcProvider = World['oidcProviders'][number]

/**
 * The IAM OIDC provider of an account whose URL is the token's `iss`, compared exactly (scheme,
 * host, path and any trailing slash, case-sensitive: the model's AssumeRoleWithWebIdentity
 * documentation; IAM keeps the URL as registered, gist gene1wood: a provider registered as
 * `auth-dev.mozilla.auth0.com/` matches `"iss": "https://auth-dev.mozilla.auth0.com/"`).
 */
export function findOidcProvider(world: World, account: string, issuer: string): WorldOidcProvider | undefined {
  return world.oidcProviders.find((p) => p.account === account && p.url === issuer)
}

/** The provider URL without `https://`: the ARN's resource part and the prefix of its condition keys (`oidc.example.com:aud`). */
export function oidcProviderHost(provider: Pick<WorldOidcProvider, 'url'>): string {
  return provider.url.replace(/^https:\/\//, '')
}

/** `arn:aws:iam::<account>:oidc-provider/<host/path>` (gist gene1wood). */
export function oidcProviderArn(world: Pick<World, 'partition'>, provider: Pick<WorldOidcProvider, 'account' | 'url'>): string {
  return `arn:${world.partition}:iam::${provider.account}:oidc-provider/${oidcProviderHost(provider)}`
}
