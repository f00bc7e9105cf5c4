import * as v from 'valibot'
import { displayText } from './display-text.ts'
import { resourcesSchema } from './resources-schema.ts'
import { tagMap } from './tag-map.ts'
import { managedPoliciesField, managedPolicyAttachments } from './managed-policies-schema.ts'

/**
 * The world file: everything the simulated AWS knows about accounts, principals, keys, roles and
 * identity providers. It is JSON, versioned by `format` + `version`, and is what the app imports,
 * exports and shares. Policy documents are kept as JSON values; the policy engine validates them.
 */

const accountId = v.pipe(v.string(), v.regex(/^\d{12}$/, 'must be a 12-digit account id'))
const accessKeyId = v.pipe(v.string(), v.regex(/^AKIA[A-Z2-7]{16}$/, 'must be a long-term access key id (AKIA + 16 characters)'))
const secretAccessKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/=]{40}$/, 'must be 40 characters of A-Z, a-z, 0-9, + / ='))
/** IAM's name pattern, `[\w+=,.@-]` with an ASCII `\w`: nothing invisible or reordering (no bidirectional controls) gets into a name. */
const name = v.pipe(v.string(), v.regex(/^[\w+=,.@-]{1,64}$/, 'must be 1-64 characters of letters, digits and + = , . @ _ -'))
const iamPath = v.pipe(v.string(), v.regex(/^\/([\x21-\x7e]+\/)?$/, "must start and end with '/'"))
const policyDocument = v.unknown()
const namedPolicy = v.object({ name, document: policyDocument })

const accessKey = v.object({ accessKeyId, secretAccessKey })

const mfaDevice = v.object({
  serialNumber: v.string(),
  type: v.literal('virtual'),
  algorithm: v.literal('SHA1'),
  digits: v.literal(6),
  periodSeconds: v.literal(30),
  seedBase32: v.pipe(v.string(), v.regex(/^[A-Z2-7]+=*$/, 'must be base32')),
})

const account = v.object({
  id: accountId,
  alias: displayText,
  /** Regions where STS is not active for this account (RegionDisabledException). */
  stsDisabledRegions: v.array(v.string()),
  root: v.object({ accessKeys: v.array(accessKey) }),
  /** IAM EnableOutboundWebIdentityFederation has been called (GetWebIdentityToken). */
  outboundWebIdentityFederation: v.optional(v.boolean()),
})

/** An SCP or RCP and where it is attached: "root" (the whole organization) or account ids. */
const organizationPolicy = v.object({ name, document: policyDocument, targets: v.array(v.union([v.literal('root'), accountId])) })

/**
 * An AWS Organization. Levels are the root and each account (no OUs). A level with no SCP (or RCP)
 * attached behaves as if FullAWSAccess (RCPFullAWSAccess) were: AWS never lets a level have none.
 * SCPs and RCPs do not apply to the management account.
 */
const organization = v.object({
  id: v.pipe(v.string(), v.regex(/^o-[a-z0-9]{10,32}$/, 'must be o- followed by 10-32 lower-case letters or digits')),
  managementAccount: accountId,
  /** Every account in the organization, the management account included. */
  accounts: v.array(accountId),
  scps: v.array(organizationPolicy),
  rcps: v.array(organizationPolicy),
  /** Centralized root access for member accounts is enabled (AssumeRoot). */
  centralizedRootAccess: v.optional(v.boolean()),
  /** The member account delegated to administer IAM (AssumeRoot), if any. */
  delegatedIamAdministrator: v.optional(accountId),
})

const user = v.object({
  account: accountId,
  name,
  path: iamPath,
  userId: v.pipe(v.string(), v.regex(/^AIDA[A-Z2-7]{17}$/, 'must be AIDA + 17 characters')),
  tags: tagMap,
  accessKeys: v.array(accessKey),
  mfaDevices: v.array(mfaDevice),
  policies: v.array(namedPolicy),
  permissionsBoundary: v.optional(namedPolicy),
  ...managedPolicyAttachments,
})

const role = v.object({
  account: accountId,
  name,
  path: iamPath,
  roleId: v.pipe(v.string(), v.regex(/^AROA[A-Z2-7]{17}$/, 'must be AROA + 17 characters')),
  maxSessionDuration: v.pipe(v.number(), v.integer(), v.minValue(3600), v.maxValue(43200)),
  tags: tagMap,
  trustPolicy: policyDocument,
  policies: v.array(namedPolicy),
  permissionsBoundary: v.optional(namedPolicy),
  ...managedPolicyAttachments,
})

const samlProvider = v.object({
  account: accountId,
  name,
  entityId: v.string(),
  signingCertificates: v.array(v.string()),
  /** The playground's simulated IdP for this provider: the PKCS#8 PEM key it signs responses with. */
  simulatedIdp: v.optional(v.object({ privateKeyPem: v.string() })),
})

const oidcProvider = v.object({
  account: accountId,
  url: v.pipe(v.string(), v.startsWith('https://', 'must start with https://')),
  clientIds: v.array(v.string()),
  jwks: v.object({ keys: v.array(v.record(v.string(), v.unknown())) }),
  /** The playground's simulated IdP for this provider: the private JWK it signs ID tokens with. */
  simulatedIdp: v.optional(v.object({ privateJwk: v.record(v.string(), v.unknown()) })),
  /** Set by the learner to make STS unable to reach the provider's keys (IDPCommunicationError). */
  keysUnreachable: v.optional(v.boolean()),
})

/**
 * The OAuth 2.0 providers AssumeRoleWithWebIdentity's ProviderId names (the model: "Currently
 * www.amazon.com and graph.facebook.com are the only supported identity providers for OAuth 2.0
 * access tokens"). They are not IAM entities: a role trusts them as `"Federated": "www.amazon.com"`.
 */
export const OAUTH2_PROVIDER_IDS = ['www.amazon.com', 'graph.facebook.com'] as const

/**
 * Login with Amazon or Facebook as the world simulates it. Real STS sends the opaque access token to
 * the provider, which says which app and user it belongs to; here the provider is this entry: it
 * knows the apps in `appIds` and validates tokens sealed with `simulatedIdp.tokenKey`
 * (operations/federation/oauth2/access-token.ts says how).
 */
const oauth2Provider = v.object({
  providerId: v.picklist(OAUTH2_PROVIDER_IDS, 'must be www.amazon.com or graph.facebook.com'),
  /** The apps (client ids, Facebook app ids) registered at the provider: a token of another app is rejected. */
  appIds: v.array(v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
  /** The provider's token key: the simulated IdP seals access tokens with it and the provider checks them with it. */
  simulatedIdp: v.optional(v.object({ tokenKey: v.pipe(v.string(), v.minLength(16, 'must be at least 16 characters')) })),
  /** Set by the learner to make the provider unreachable from STS (IDPCommunicationError). */
  unreachable: v.optional(v.boolean()),
})

const oauth2Providers = v.pipe(
  v.array(oauth2Provider),
  v.check((providers) => new Set(providers.map((p) => p.providerId)).size === providers.length, 'each providerId may appear once'),
)

/**
 * An Amazon Cognito identity pool (the `aud` of the pool's identity tokens). Its account may be one
 * the world does not describe: a pool of an outside account.
 */
const identityPool = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]+:[0-9a-f-]+$/, 'must be REGION:GUID, e.g. us-east-1:0f6a…')),
  account: accountId,
  name: displayText,
})

/**
 * Amazon Cognito identity pools as an identity provider built into STS (no IAM OIDC provider
 * needed): the issuer `https://cognito-identity.amazonaws.com`, its published keys, the world's pools.
 */
const cognito = v.object({
  /** The keys Cognito publishes for its identity tokens (its JWKS). */
  jwks: v.object({ keys: v.array(v.record(v.string(), v.unknown())) }),
  /** The playground's simulated Cognito: the private JWK it signs identity tokens with. */
  simulatedIdp: v.optional(v.object({ privateJwk: v.record(v.string(), v.unknown()) })),
  identityPools: v.pipe(
    v.array(identityPool),
    v.check((pools) => new Set(pools.map((p) => p.id)).size === pools.length, 'each identity pool id may appear once'),
  ),
})

export const WORLD_FORMAT = 'sts-playground-world'
export const WORLD_VERSION = 1

export const worldSchema = v.object({
  format: v.literal(WORLD_FORMAT),
  version: v.literal(WORLD_VERSION),
  name: displayText,
  description: v.optional(displayText),
  partition: v.picklist(['aws', 'aws-cn', 'aws-us-gov']),
  accounts: v.array(account),
  users: v.array(user),
  roles: v.array(role),
  samlProviders: v.array(samlProvider),
  oidcProviders: v.array(oidcProvider),
  organization: v.optional(organization),
  /** Login with Amazon and Facebook, the OAuth 2.0 providers of ProviderId. Optional: a world without it has none that can vouch for a token. */
  oauth2Providers: v.optional(oauth2Providers),
  /** Amazon Cognito identity pools. Optional: a world without it has no Cognito keys, so no Cognito token verifies. */
  cognito: v.optional(cognito),
  /** S3 buckets, KMS keys and SQS queues with their resource-based policies (resources-schema.ts). Optional: a world without it has none. */
  resources: v.optional(resourcesSchema),
  ...managedPoliciesField,
})

export type World = v.InferOutput<typeof worldSchema>
export type WorldAccount = World['accounts'][number]
export type WorldUser = World['users'][number]
export type WorldRole = World['roles'][number]
export type WorldAccessKey = v.InferOutput<typeof accessKey>
export type WorldOrganization = NonNullable<World['organization']>
export type WorldOauth2Provider = NonNullable<World['oauth2Providers']>[number]
export type WorldCognito = NonNullable<World['cognito']>
export type WorldIdentityPool = WorldCognito['identityPools'][number]
export type { WorldManagedPolicy } from './managed-policies-schema.ts'
