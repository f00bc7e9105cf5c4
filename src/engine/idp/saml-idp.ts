import type { WebCrypto } from '../deps.ts'
import { isoSeconds } from '../iso-seconds.ts'
import { ATTRIBUTES } from '../operations/federation/saml/saml-attributes.ts'
import { toBase64, utf8Encode } from '../sessions/base64.ts'
import type { World } from '../world/world-schema.ts'
import { NAME_ID_PERSISTENT, SAML_SUCCESS, samlResponseXml } from './saml-response-xml.ts'
import { importSamlSigningKey, pemBody, signSamlResponse } from './saml-signing.ts'
import { rolesTrusting, simulatedSamlProvider } from './simulated-providers.ts'

/** AWS's SAML sign-in endpoint: the Recipient and Audience AWS expects (IAM User Guide, "Configure SAML assertions…"). */
export const AWS_SAML_SIGNIN = 'https://signin.aws.amazon.com/saml'

/** How long a simulated assertion may be redeemed by default: AWS's own limit is 5 minutes after IssueInstant. */
const DEFAULT_LIFETIME_SECONDS = 300

export interface SimulatedSamlOptions {
  /** The Subject's NameID (saml:sub, and Subject in the answer). */
  nameId: string
  /** The NameID Format (SubjectType in the answer); default persistent. */
  nameIdFormat?: string
  /**
   * The Role attribute: one "roleArn,providerArn" value per entry. Default: every role of the world
   * whose trust policy names this provider as a Federated principal, paired with the provider's ARN.
   */
  roles?: readonly { roleArn: string; providerArn: string }[]
  /** The RoleSessionName attribute (required by AWS: the session name). */
  roleSessionName: string
  /** The SessionDuration attribute, in seconds. */
  sessionDuration?: number
  /** One `PrincipalTag:Key` attribute per tag. */
  principalTags?: Readonly<Record<string, string>>
  /** The multi-valued TransitiveTagKeys attribute. */
  transitiveTagKeys?: readonly string[]
  /** The SourceIdentity attribute. */
  sourceIdentity?: string
  /** How long the assertion may be redeemed, in seconds from nowMs: SubjectConfirmationData and Conditions NotOnOrAfter. Default 300. */
  lifetimeSeconds?: number
  /** The AuthnStatement's SessionNotOnOrAfter, in milliseconds since the epoch: the IdP session's end, which caps the STS session. */
  sessionNotOnOrAfter?: number
  /** SubjectConfirmationData Recipient (and the Response's Destination); default https://signin.aws.amazon.com/saml. */
  recipient?: string
  /** The AudienceRestriction's Audience; default https://signin.aws.amazon.com/saml. */
  audience?: string
  /** The IdP's clock, in milliseconds since the epoch: IssueInstant, NotBefore, and the start of the lifetime. */
  nowMs: number
  /** Response and Assertion IDs; default derived from nowMs (the engine draws no randomness of its own). */
  responseId?: string
  assertionId?: string
}

export type SimulatedSamlResult = { ok: true; base64: string; xml: string } | { ok: false; reason: string }

/** The Role, RoleSessionName and optional attributes, in the order IdPs usually send them. */
function attributesOf(options: SimulatedSamlOptions, roles: readonly { roleArn: string; providerArn: string }[]): [string, string[]][] {
  const attributes: [string, string[]][] = [
    [ATTRIBUTES.role, roles.map((r) => `${r.roleArn},${r.providerArn}`)],
    [ATTRIBUTES.roleSessionName, [options.roleSessionName]],
  ]
  if (options.sessionDuration !== undefined) attributes.push([ATTRIBUTES.sessionDuration, [String(options.sessionDuration)]])
  for (const [key, value] of Object.entries(options.principalTags ?? {})) attributes.push([`${ATTRIBUTES.principalTagPrefix}${key}`, [value]])
  if (options.transitiveTagKeys && options.transitiveTagKeys.length > 0) attributes.push([ATTRIBUTES.transitiveTagKeys, [...options.transitiveTagKeys]])
  if (options.sourceIdentity !== undefined) attributes.push([ATTRIBUTES.sourceIdentity, [options.sourceIdentity]])
  return attributes
}

/**
 * The simulated IdP of a SAML provider of the world: a `samlp:Response` for the signed-in user,
 * its Assertion signed with the provider's `simulatedIdp.privateKeyPem` (RSA-SHA256, exclusive
 * C14N, the provider's first signing certificate in KeyInfo), Issuer = the provider's entity id.
 * It is what a real IdP posts to AWS's sign-in page, ready for AssumeRoleWithSAML's SAMLAssertion.
 *
 * Never throws: a provider without a simulated IdP, an unusable key or a failure of the XML
 * libraries is an `ok: false` with the reason in words.
 */
export async function simulatedSamlResponse(world: World, providerArn: string, options: SimulatedSamlOptions, webCrypto: WebCrypto): Promise<SimulatedSamlResult> {
  try {
    return await signedResponse(world, providerArn, options, webCrypto)
  } catch (error) {
    return { ok: false, reason: `the response could not be made: ${error instanceof Error ? error.message : String(error)}` }
  }
}

async function signedResponse(world: World, providerArn: string, options: SimulatedSamlOptions, webCrypto: WebCrypto): Promise<SimulatedSamlResult> {
  const found = simulatedSamlProvider(world, providerArn)
  if (!found.ok) return found
  const { provider, privateKeyPem } = found
  const certificate = provider.signingCertificates[0]
  if (certificate === undefined) return { ok: false, reason: 'this provider has no signing certificate to put in KeyInfo' }
  const lifetimeMs = (options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS) * 1000
  const roles = options.roles ?? rolesTrusting(world, providerArn).map((roleArn) => ({ roleArn, providerArn }))
  const recipient = options.recipient ?? AWS_SAML_SIGNIN
  const expires = isoSeconds(options.nowMs + lifetimeMs)
  const xml = samlResponseXml({
    responseId: options.responseId ?? `_response-${options.nowMs}`,
    assertionId: options.assertionId ?? `_assertion-${options.nowMs}`,
    issuer: provider.entityId,
    issueInstant: isoSeconds(options.nowMs),
    destination: recipient,
    statusCode: SAML_SUCCESS,
    nameId: { value: options.nameId, format: options.nameIdFormat ?? NAME_ID_PERSISTENT },
    confirmation: { recipient, notOnOrAfter: expires },
    conditions: { notBefore: isoSeconds(options.nowMs), notOnOrAfter: expires, audience: options.audience ?? AWS_SAML_SIGNIN },
    ...(options.sessionNotOnOrAfter !== undefined ? { sessionNotOnOrAfter: isoSeconds(options.sessionNotOnOrAfter) } : {}),
    attributes: attributesOf(options, roles),
  })
  const key = await importSamlSigningKey(privateKeyPem, webCrypto)
  if (!key) return { ok: false, reason: "the simulated IdP's private key is not a PKCS#8 RSA key in PEM" }
  const signed = await signSamlResponse(xml, { sign: 'assertion', key, certificate: pemBody(certificate), webCrypto })
  return { ok: true, xml: signed, base64: toBase64(utf8Encode(signed)) }
}
