// Test helper: signed SAML responses from the demo IdP (or an impostor), built and signed by the
// simulated IdP's own code (src/engine/idp: RSA-SHA256, exclusive canonicalization, an enveloped
// signature after the Issuer, the signing certificate in KeyInfo), with extra knobs for negative
// tests: fields left out or wrong, unsigned or Response-signed, another key or certificate.
import type { WebCrypto } from '../deps.ts'
import { isoSeconds as iso } from '../iso-seconds.ts'
import { NAME_ID_PERSISTENT, SAML_SUCCESS, samlResponseXml as buildSamlResponseXml } from '../idp/saml-response-xml.ts'
import { pemBody, signSamlResponse, type SamlSignTarget } from '../idp/saml-signing.ts'
import { ATTRIBUTES } from '../operations/federation/saml/saml-attributes.ts'
import { fromBase64, toBase64, utf8Encode } from '../sessions/base64.ts'
import { SAML_IDP_CERT_PEM, SAML_IDP_PRIVATE_KEY_PEM } from './demo-idp-keys.ts'
import { T0 } from './sign-request.ts'

// eslint-disable-next-line no-restricted-properties -- tests hand the host's WebCrypto to the engine, as src/app and src/server do through EngineDeps.webCrypto.
export const hostWebCrypto: Crypto & WebCrypto = globalThis.crypto

export const DEMO_SAML_ROLE = 'arn:aws:iam::111111111111:role/SamlDeveloper'
export const DEMO_SAML_PROVIDER = 'arn:aws:iam::111111111111:saml-provider/ExampleIdP'
export const DEMO_SAML_ISSUER = 'https://idp.example.com/saml'
export const SIGNIN = 'https://signin.aws.amazon.com/saml'

/** Instants in the assertion, written as STS writes times. */
export { iso, pemBody }

/** The demo IdP's key (or another PKCS#8 PEM), extractable, as a host CryptoKey. */
export async function importSigningKey(pkcs8Pem: string = SAML_IDP_PRIVATE_KEY_PEM): Promise<CryptoKey> {
  const der = fromBase64(pemBody(pkcs8Pem))
  if (!der) throw new Error('not a PEM key')
  return hostWebCrypto.subtle.importKey('pkcs8', der as Uint8Array<ArrayBuffer>, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign'])
}

export interface SamlOptions {
  responseId?: string
  assertionId?: string
  issuer?: string
  /** null leaves the Subject's NameID out. */
  nameId?: string | null
  nameIdFormat?: string | null
  recipient?: string
  /** SubjectConfirmationData NotOnOrAfter. */
  notOnOrAfter?: string
  issueInstant?: string
  /** null leaves Conditions out. */
  conditions?: { notBefore?: string; notOnOrAfter?: string; audience?: string } | null
  sessionNotOnOrAfter?: string
  /** Values of the Role attribute; default: "SamlDeveloper role,ExampleIdP provider". */
  roles?: string[]
  /** null leaves the RoleSessionName attribute out. */
  roleSessionName?: string | null
  /** More attributes: Name → values. */
  attributes?: Record<string, string[]>
  statusCode?: string
  /** Which element carries the signature. */
  sign?: SamlSignTarget
  signingKey?: CryptoKey
  /** The certificate put in KeyInfo (base64 DER); default the demo IdP's. */
  keyInfoCertificate?: string
}

/** The unsigned `samlp:Response` XML: the demo IdP's answer for alice at T0, unless told otherwise. */
export function samlResponseXml(options: SamlOptions = {}): string {
  const nameId = options.nameId === undefined ? 'alice@example.com' : options.nameId
  const format = options.nameIdFormat === undefined ? NAME_ID_PERSISTENT : options.nameIdFormat
  const conditions = options.conditions === undefined ? { notBefore: iso(T0 - 60_000), notOnOrAfter: iso(T0 + 300_000), audience: SIGNIN } : options.conditions
  const attributes: Record<string, string[]> = {
    [ATTRIBUTES.role]: options.roles ?? [`${DEMO_SAML_ROLE},${DEMO_SAML_PROVIDER}`],
    ...(options.roleSessionName === null ? {} : { [ATTRIBUTES.roleSessionName]: [options.roleSessionName ?? 'alice@example.com'] }),
    ...options.attributes,
  }
  return buildSamlResponseXml({
    responseId: options.responseId ?? '_response-1',
    assertionId: options.assertionId ?? '_assertion-1',
    issuer: options.issuer ?? DEMO_SAML_ISSUER,
    issueInstant: options.issueInstant ?? iso(T0),
    destination: SIGNIN,
    statusCode: options.statusCode ?? SAML_SUCCESS,
    ...(nameId === null ? {} : { nameId: { value: nameId, ...(format === null ? {} : { format }) } }),
    confirmation: { recipient: options.recipient ?? SIGNIN, notOnOrAfter: options.notOnOrAfter ?? iso(T0 + 300_000) },
    ...(conditions === null ? {} : { conditions }),
    ...(options.sessionNotOnOrAfter ? { sessionNotOnOrAfter: options.sessionNotOnOrAfter } : {}),
    attributes: Object.entries(attributes),
  })
}

/** A signed `samlp:Response` as XML text. */
export async function signedSamlXml(options: SamlOptions = {}): Promise<string> {
  return signSamlResponse(samlResponseXml(options), {
    sign: options.sign ?? 'assertion',
    key: options.signingKey ?? (await importSigningKey()),
    certificate: options.keyInfoCertificate ?? pemBody(SAML_IDP_CERT_PEM),
    webCrypto: hostWebCrypto,
  })
}

export function base64Xml(xml: string): string {
  return toBase64(utf8Encode(xml))
}

/** A signed `samlp:Response`, base64 as SAMLAssertion carries it. */
export async function samlAssertion(options: SamlOptions = {}): Promise<string> {
  return base64Xml(await signedSamlXml(options))
}
