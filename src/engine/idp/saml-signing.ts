import type { Document, Element, Node } from '@xmldom/xmldom'
import type { WebCrypto } from '../deps.ts'
import { samlLibraries, useWebCrypto, type SamlLibraries } from '../operations/federation/saml/saml-libraries.ts'
import { fromBase64 } from '../sessions/base64.ts'
import { SAML_ASSERTION_NS } from './saml-response-xml.ts'

/**
 * Signing a SAML response the way IdPs sign for AWS: an enveloped XML-DSig signature with
 * RSA-SHA256 over SHA-256 digests, exclusive canonicalization, placed right after the signed
 * element's Issuer (SAML 2.0 Core 5.4.2 puts it there), with the IdP's certificate in KeyInfo.
 * xmldsigjs does the work on the host's WebCrypto; the XML libraries are the ones the verifier uses,
 * loaded on first use (saml-libraries.ts) so they stay out of the app's initial bundle.
 */

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#'

/** The signing key as WebCrypto holds it (typed loosely: the engine compiles without DOM types). */
export type SamlSigningKey = object

/** The one SubtleCrypto call this module makes, typed here because the engine has no DOM types. */
interface Pkcs8Importer {
  importKey(format: 'pkcs8', keyData: Uint8Array, algorithm: { name: string; hash: string }, extractable: boolean, usages: string[]): Promise<SamlSigningKey>
}

/** The base64 body of a PEM block (certificate or key), headers and whitespace removed. */
export function pemBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '')
}

/** Keys already imported, per WebCrypto and PEM: importing an RSA key costs milliseconds, a sign-in should not. */
const importedKeys = new WeakMap<WebCrypto, Map<string, Promise<SamlSigningKey | undefined>>>()
const KEYS_KEPT = 8

/** Imports a PKCS#8 PEM RSA key for RSASSA-PKCS1-v1_5 with SHA-256; undefined when the PEM is not base64 or WebCrypto refuses it. */
export function importSamlSigningKey(pkcs8Pem: string, webCrypto: WebCrypto): Promise<SamlSigningKey | undefined> {
  let kept = importedKeys.get(webCrypto)
  if (!kept) importedKeys.set(webCrypto, (kept = new Map()))
  const known = kept.get(pkcs8Pem)
  if (known) return known
  const imported = importKey(pkcs8Pem, webCrypto)
  kept.set(pkcs8Pem, imported)
  if (kept.size > KEYS_KEPT) kept.delete(kept.keys().next().value as string)
  return imported
}

async function importKey(pkcs8Pem: string, webCrypto: WebCrypto): Promise<SamlSigningKey | undefined> {
  const der = fromBase64(pemBody(pkcs8Pem))
  if (!der || der.length === 0) return undefined
  try {
    return await (webCrypto.subtle as Pkcs8Importer).importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'])
  } catch {
    return undefined
  }
}

/** Which element(s) carry a signature: the Assertion (what AWS's own examples sign), the Response, both, or none. */
export type SamlSignTarget = 'assertion' | 'response' | 'both' | 'none'

export interface SamlSigning {
  sign: SamlSignTarget
  key: SamlSigningKey
  /** The certificate put in KeyInfo, as base64 DER (a PEM's body). */
  certificate: string
  webCrypto: WebCrypto
}

/** Signs `element` in place: an enveloped signature over `#ID`, right after its Issuer (first child when it has none). */
async function signElement(libraries: SamlLibraries, document: Document, element: Element, signing: SamlSigning): Promise<void> {
  const signed = new libraries.xmldsig.SignedXml()
  signed.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = EXC_C14N
  const signature = await signed.Sign({ name: 'RSASSA-PKCS1-v1_5' } as never, signing.key as never, document as never, {
    references: [{ uri: `#${element.getAttribute('ID') ?? ''}`, hash: 'SHA-256', transforms: ['enveloped', 'exc-c14n'] }],
    x509: [signing.certificate],
  })
  // xml-core builds the Signature with the host's DOM when there is one (the browser's DOMParser),
  // not with xmldom: it crosses over as text, so it can join the xmldom document in any host.
  const signatureXml = new libraries.xmldom.DOMParser().parseFromString(signature.toString(), 'application/xml').documentElement
  if (!signatureXml) throw new Error('xmldsigjs produced no Signature element.')
  const node: Node = document.importNode(signatureXml, true)
  let issuer = element.firstChild
  while (issuer && (issuer as Element).localName !== 'Issuer') issuer = issuer.nextSibling
  element.insertBefore(node, issuer ? issuer.nextSibling : element.firstChild)
}

/** Signs an unsigned `samlp:Response` (the text of saml-response-xml.ts) and returns the signed XML text. */
export async function signSamlResponse(xml: string, signing: SamlSigning): Promise<string> {
  const libraries = await samlLibraries()
  const document = new libraries.xmldom.DOMParser().parseFromString(xml, 'application/xml')
  const response = document.documentElement
  if (!response) throw new Error('The SAML response XML has no document element.')
  const assertion = document.getElementsByTagNameNS(SAML_ASSERTION_NS, 'Assertion')[0]
  if (signing.sign !== 'none') useWebCrypto(libraries, signing.webCrypto)
  // The Assertion first: a Response signature then covers the signed Assertion.
  if ((signing.sign === 'assertion' || signing.sign === 'both') && assertion) await signElement(libraries, document, assertion, signing)
  if (signing.sign === 'response' || signing.sign === 'both') await signElement(libraries, document, response, signing)
  return new libraries.xmldom.XMLSerializer().serializeToString(document)
}
