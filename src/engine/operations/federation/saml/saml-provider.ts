import { sha1 } from '@noble/hashes/legacy.js'
import { toBase64, utf8Encode } from '../../../sessions/base64.ts'
import type { World } from '../../../world/world-schema.ts'

export type WorldSamlProvider = World['samlProviders'][number]

/** `arn:<partition>:iam::<account>:saml-provider/<name>` (IAM User Guide: Policy elements: Principal): what trust policies name as `Federated`. */
export function samlProviderArn(world: Pick<World, 'partition'>, provider: Pick<WorldSamlProvider, 'account' | 'name'>): string {
  return `arn:${world.partition}:iam::${provider.account}:saml-provider/${provider.name}`
}

/** `arn:<partition>:iam::<account>:saml-provider/<name>` (IAM User Guide: Policy elements: Principal), split; undefined for any other ARN. */
export function parseSamlProviderArn(arn: string): { partition: string; account: string; name: string } | undefined {
  const match = /^arn:([^:]+):iam::(\d{12}):saml-provider\/([\w+=,.@-]+)$/.exec(arn)
  return match ? { partition: match[1] ?? '', account: match[2] ?? '', name: match[3] ?? '' } : undefined
}

/** `arn:<partition>:iam::<account>:role/<path><name>`, its account; undefined for any other ARN. */
export function roleArnAccount(arn: string): string | undefined {
  return /^arn:[^:]+:iam::(\d{12}):role\/[\x21-\x7e]+$/.exec(arn)?.[1]
}

/** The world's SAML provider at an ARN (names compared exactly), if any. */
export function findSamlProvider(world: World, arn: string): WorldSamlProvider | undefined {
  const parsed = parseSamlProviderArn(arn)
  if (!parsed || parsed.partition !== world.partition) return undefined
  return world.samlProviders.find((p) => p.account === parsed.account && p.name === parsed.name)
}

/**
 * NameQualifier = Base64(SHA1(Issuer + AccountId + "/" + ProviderName)): with `saml:sub`, a unique
 * identifier of the federated user (the model's AssumeRoleWithSAMLResponse documentation; fact 77).
 */
export function nameQualifier(issuer: string, provider: WorldSamlProvider): string {
  return toBase64(sha1(utf8Encode(`${issuer}${provider.account}/${provider.name}`)))
}
