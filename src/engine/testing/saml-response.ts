// Test helper: signed SAML responses from the demo IdP (or an impostor), made with xmldsigjs the way
// an IdP signs them: RSA-SHA256, exclusive canonicalization, an enveloped signature after the Issuer,
// the signing certificate in KeyInfo.
import * as xmldom from '@xmldom/xmldom'
import * as xmlCore from 'xml-core'
import * as xmldsig from 'xmldsigjs'
import * as xpath from 'xpath'
import type { WebCrypto } from '../deps.ts'
import { isoSeconds as iso } from '../iso-seconds.ts'
import { fromBase64, toBase64, utf8Encode } from '../sessions/base64.ts'
import { SAML_IDP_CERT_PEM, SAML_IDP_PRIVATE_KEY_PEM } from './demo-idp-keys.ts'
import { T0 } from './sign-request.ts'

// eslint-disable-next-line no-restricted-properties -- tests hand the host's WebCrypto to the engine, as src/app and src/server do through EngineDeps.webCrypto.
export const hostWebCrypto: Crypto & WebCrypto = globalThis.crypto

export const DEMO_SAML_ROLE = 'arn:aws:iam::111111111111:role/SamlDeveloper'
export const DEMO_SAML_PROVIDER = 'arn:aws:iam::111111111111:saml-provider/ExampleIdP'
export const DEMO_SAML_ISSUER = 'https://idp.example.com/saml'
export const SIGNIN = 'https://signin.aws.amazon.com/saml'

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#'

/** Instants in the assertion, written as STS writes times. */
export { iso }

export function pemBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '')
}

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
  sign?: 'assertion' | 'response' | 'both' | 'none'
  signingKey?: CryptoKey
  /** The certificate put in KeyInfo (base64 DER); default the demo IdP's. */
  keyInfoCertificate?: string
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function attributeXml(name: string, values: readonly string[]): string {
  return `<saml:Attribute Name="${escape(name)}">${values.map((v) => `<saml:AttributeValue>${escape(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`
}

/** The unsigned `samlp:Response` XML. */
export function samlResponseXml(options: SamlOptions = {}): string {
  const issued = options.issueInstant ?? iso(T0)
  const responseId = options.responseId ?? '_response-1'
  const assertionId = options.assertionId ?? '_assertion-1'
  const issuer = options.issuer ?? DEMO_SAML_ISSUER
  const nameId = options.nameId === undefined ? 'alice@example.com' : options.nameId
  const format = options.nameIdFormat === undefined ? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' : options.nameIdFormat
  const conditions = options.conditions === undefined ? { notBefore: iso(T0 - 60_000), notOnOrAfter: iso(T0 + 300_000), audience: SIGNIN } : options.conditions
  const attributes: Record<string, string[]> = {
    'https://aws.amazon.com/SAML/Attributes/Role': options.roles ?? [`${DEMO_SAML_ROLE},${DEMO_SAML_PROVIDER}`],
    ...(options.roleSessionName === null ? {} : { 'https://aws.amazon.com/SAML/Attributes/RoleSessionName': [options.roleSessionName ?? 'alice@example.com'] }),
    ...options.attributes,
  }
  return [
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${responseId}" Version="2.0" IssueInstant="${issued}" Destination="${SIGNIN}">`,
    `<saml:Issuer>${escape(issuer)}</saml:Issuer>`,
    `<samlp:Status><samlp:StatusCode Value="${options.statusCode ?? 'urn:oasis:names:tc:SAML:2.0:status:Success'}"/></samlp:Status>`,
    `<saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${issued}">`,
    `<saml:Issuer>${escape(issuer)}</saml:Issuer>`,
    '<saml:Subject>',
    nameId === null ? '' : `<saml:NameID${format === null ? '' : ` Format="${format}"`}>${escape(nameId)}</saml:NameID>`,
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${options.notOnOrAfter ?? iso(T0 + 300_000)}" Recipient="${options.recipient ?? SIGNIN}"/></saml:SubjectConfirmation>`,
    '</saml:Subject>',
    conditions === null
      ? ''
      : `<saml:Conditions${conditions.notBefore ? ` NotBefore="${conditions.notBefore}"` : ''}${conditions.notOnOrAfter ? ` NotOnOrAfter="${conditions.notOnOrAfter}"` : ''}>${conditions.audience ? `<saml:AudienceRestriction><saml:Audience>${conditions.audience}</saml:Audience></saml:AudienceRestriction>` : ''}</saml:Conditions>`,
    `<saml:AuthnStatement AuthnInstant="${issued}"${options.sessionNotOnOrAfter ? ` SessionNotOnOrAfter="${options.sessionNotOnOrAfter}"` : ''}><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
    `<saml:AttributeStatement>${Object.entries(attributes).map(([name, values]) => attributeXml(name, values)).join('')}</saml:AttributeStatement>`,
    '</saml:Assertion>',
    '</samlp:Response>',
  ].join('')
}

let configured = false
function configure(): void {
  if (configured) return
  xmlCore.setNodeDependencies({ DOMParser: xmldom.DOMParser, XMLSerializer: xmldom.XMLSerializer, xpath })
  configured = true
}

/** Signs `element` (an Assertion or the Response) in place: an enveloped signature right after its Issuer. */
async function signElement(document: xmldom.Document, element: xmldom.Element, key: CryptoKey, certificate: string): Promise<void> {
  xmldsig.Application.setEngine('test WebCrypto', { subtle: hostWebCrypto.subtle } as never)
  const signed = new xmldsig.SignedXml()
  signed.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = EXC_C14N
  const signature = await signed.Sign({ name: 'RSASSA-PKCS1-v1_5' } as never, key, document as never, {
    references: [{ uri: `#${element.getAttribute('ID') ?? ''}`, hash: 'SHA-256', transforms: ['enveloped', 'exc-c14n'] }],
    x509: [certificate],
  })
  const node = signature.GetXml() as unknown as xmldom.Node
  let issuer = element.firstChild
  while (issuer && (issuer as xmldom.Element).localName !== 'Issuer') issuer = issuer.nextSibling
  element.insertBefore(node, issuer ? issuer.nextSibling : element.firstChild)
}

/** A signed `samlp:Response` as XML text. */
export async function signedSamlXml(options: SamlOptions = {}): Promise<string> {
  configure()
  const document = new xmldom.DOMParser().parseFromString(samlResponseXml(options), 'application/xml')
  const response = document.documentElement
  if (!response) throw new Error('no document')
  const assertion = document.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Assertion')[0]
  const key = options.signingKey ?? (await importSigningKey())
  const certificate = options.keyInfoCertificate ?? pemBody(SAML_IDP_CERT_PEM)
  const sign = options.sign ?? 'assertion'
  // Sign the Assertion first: a Response signature then covers the signed Assertion.
  if ((sign === 'assertion' || sign === 'both') && assertion) await signElement(document, assertion, key, certificate)
  if (sign === 'response' || sign === 'both') await signElement(document, response, key, certificate)
  return new xmldom.XMLSerializer().serializeToString(document)
}

export function base64Xml(xml: string): string {
  return toBase64(utf8Encode(xml))
}

/** A signed `samlp:Response`, base64 as SAMLAssertion carries it. */
export async function samlAssertion(options: SamlOptions = {}): Promise<string> {
  return base64Xml(await signedSamlXml(options))
}
