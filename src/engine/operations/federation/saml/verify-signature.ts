import type { Document, Element } from '@xmldom/xmldom'
import { fromBase64 } from '../../../sessions/base64.ts'
import { childElements, DS, type SamlResponse } from './parse-response.ts'
import type { SamlLibraries } from './saml-libraries.ts'

/** Canonicalizations accepted for SignedInfo and as Reference transforms: exclusive and inclusive C14N 1.0. */
const CANONICALIZATIONS = new Set([
  'http://www.w3.org/2001/10/xml-exc-c14n#',
  'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
])
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature'
/** RSA PKCS#1 v1.5 signatures with SHA-1 or SHA-2 (what SAML IdPs sign with). */
const SIGNATURE_METHODS = new Set([
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
])
const DIGEST_METHODS = new Set([
  'http://www.w3.org/2000/09/xmldsig#sha1',
  'http://www.w3.org/2001/04/xmlenc#sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512',
])

export type SignatureCheck = { ok: true; signed: ('Assertion' | 'Response')[] } | { ok: false; why: string }

/** The PEM body as DER bytes. */
function certificateDer(pem: string): Uint8Array | undefined {
  return fromBase64(pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''))
}

/**
 * Checks the XML signature(s) of a SAML response the way a careful service provider does:
 * - a signature is a ds:Signature that is a direct child of the Assertion (signing it) or of the
 *   Response (signing the whole response); at least one must be present, and every one present must verify;
 * - it has exactly one Reference, whose URI is `#` + the ID of the element it sits in, and no other
 *   element of the document carries that ID (as ID, Id or id), so the signed element is the very
 *   Assertion (or Response) STS reads (no signature wrapping: the Response holds exactly one
 *   Assertion, checked before);
 * - algorithms from allow-lists: RSA with SHA-1/SHA-2, C14N 1.0 (exclusive or inclusive) for
 *   SignedInfo, transforms limited to enveloped-signature and C14N (no XPath, no XSLT);
 * - it verifies with a signing certificate of the IAM SAML provider, never with a key the message
 *   carries in KeyInfo (xmldsigjs is given the trusted key, so it does not read KeyInfo).
 */
export async function verifySamlSignature(parsed: SamlResponse, certificates: readonly string[], libraries: SamlLibraries): Promise<SignatureCheck> {
  const targets: { name: 'Assertion' | 'Response'; element: Element; id: string | undefined }[] = [
    { name: 'Assertion', element: parsed.assertion, id: parsed.assertionId },
    { name: 'Response', element: parsed.response, id: parsed.responseId },
  ]
  const signed: ('Assertion' | 'Response')[] = []
  for (const target of targets) {
    const signatures = childElements(target.element, DS, 'Signature')
    if (signatures.length === 0) continue
    if (signatures.length > 1) return { ok: false, why: `The ${target.name} has ${signatures.length} Signature elements.` }
    const check = await verifyOne(parsed, target, signatures[0] as Element, certificates, libraries)
    if (!check.ok) return check
    signed.push(target.name)
  }
  if (signed.length === 0) return { ok: false, why: 'Neither the Assertion nor the Response is signed.' }
  return { ok: true, signed }
}

/**
 * How many elements carry this value in an `ID`, `Id` or `id` attribute (any namespace): the
 * attributes xml-core's GetElementById resolves a Reference URI with, `Id` first. One is the
 * signed element itself; a second could be the one the Reference resolves to instead.
 */
function elementsWithId(document: Document, id: string): number {
  let count = 0
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    for (const attr of Array.from(element.attributes)) {
      if (/^(ID|Id|id)$/.test(attr.localName ?? attr.name) && attr.value === id) count++
    }
  }
  return count
}

async function verifyOne(
  parsed: SamlResponse,
  target: { name: string; id: string | undefined },
  signature: Element,
  certificates: readonly string[],
  libraries: SamlLibraries,
): Promise<{ ok: true } | { ok: false; why: string }> {
  const { xmldsig } = libraries
  let signedXml: InstanceType<typeof xmldsig.SignedXml>
  try {
    signedXml = new xmldsig.SignedXml(parsed.document as never)
    signedXml.LoadXml(signature as never)
  } catch (error) {
    return { ok: false, why: `The ${target.name}'s Signature cannot be read: ${(error as Error).message}` }
  }
  const info = signedXml.XmlSignature.SignedInfo
  const method = info.SignatureMethod.Algorithm ?? ''
  if (!SIGNATURE_METHODS.has(method)) return { ok: false, why: `SignatureMethod ${method} is not RSA with SHA-1 or SHA-2.` }
  const c14n = info.CanonicalizationMethod.Algorithm ?? ''
  if (!CANONICALIZATIONS.has(c14n)) return { ok: false, why: `CanonicalizationMethod ${c14n} is not C14N 1.0.` }
  if (info.References.Count !== 1) return { ok: false, why: `The ${target.name}'s signature has ${info.References.Count} References; exactly one is accepted.` }
  const reference = info.References.Item(0)
  if (!reference || !target.id || reference.Uri !== `#${target.id}`) {
    return { ok: false, why: `The ${target.name}'s signature references "${reference?.Uri ?? ''}", not the ${target.name} itself (#${target.id ?? '(no ID)'}).` }
  }
  const sameId = elementsWithId(parsed.document, target.id)
  if (sameId > 1) return { ok: false, why: `${sameId} elements of the document carry the ID ${target.id}: the Reference must name the ${target.name} alone (duplicate IDs are how signature wrapping points a signature elsewhere).` }
  for (const transform of reference.Transforms?.GetIterator() ?? []) {
    const algorithm = transform.Algorithm ?? ''
    if (algorithm !== ENVELOPED && !CANONICALIZATIONS.has(algorithm)) return { ok: false, why: `Transform ${algorithm} is not accepted (only enveloped-signature and C14N).` }
  }
  const digest = reference.DigestMethod.Algorithm ?? ''
  if (!DIGEST_METHODS.has(digest)) return { ok: false, why: `DigestMethod ${digest} is not SHA-1 or SHA-2.` }

  const failures: string[] = []
  for (const [index, pem] of certificates.entries()) {
    const der = certificateDer(pem)
    if (!der) {
      failures.push(`certificate ${index + 1} is not PEM`)
      continue
    }
    try {
      const key = await new xmldsig.X509Certificate(der as Uint8Array<ArrayBuffer>).exportKey({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as never)
      if (await signedXml.Verify(key)) return { ok: true }
      failures.push(`the signature does not verify with certificate ${index + 1}`)
    } catch (error) {
      failures.push(`certificate ${index + 1}: ${(error as Error).message.replace(/^XMLJS\d+: /, '')}`)
    }
  }
  return { ok: false, why: `The ${target.name}'s signature was not made by the provider's key (${failures.join('; ') || 'the provider has no signing certificate'}).` }
}
