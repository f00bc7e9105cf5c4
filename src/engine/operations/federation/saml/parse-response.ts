import type { Document, Element } from '@xmldom/xmldom'
import { fromBase64, utf8Decode } from '../../../sessions/base64.ts'
import { xmlShapeProblem } from '../../../xml/xml-shape.ts'
import { SAML_XML_LIMITS } from './saml-document-limits.ts'
import type { SamlLibraries } from './saml-libraries.ts'

export const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol'
export const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion'
export const DS = 'http://www.w3.org/2000/09/xmldsig#'

/** What STS reads from a `samlp:Response`, all of it inside the one Assertion except the Status and the Response's own ID. */
export interface SamlResponse {
  document: Document
  response: Element
  assertion: Element
  responseId: string | undefined
  assertionId: string | undefined
  statusCode: string | undefined
  issuer: string | undefined
  issueInstant: string | undefined
  nameId: { value: string; format: string | undefined } | undefined
  /** The bearer SubjectConfirmationData: Recipient (saml:aud) and NotOnOrAfter. */
  confirmation: { recipient: string | undefined; notOnOrAfter: string | undefined } | undefined
  conditions: { notBefore: string | undefined; notOnOrAfter: string | undefined; audiences: string[] } | undefined
  sessionNotOnOrAfter: string | undefined
  /** Attribute Name → its AttributeValues' text, in document order. */
  attributes: Map<string, string[]>
}

export type ParseFailure = { kind: 'base64' | 'doctype' | 'too-complex' | 'xml' | 'not-a-response' | 'encrypted' | 'assertions'; why: string }

/** Direct child elements with this namespace and local name. */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const element = node as Element
      if (element.namespaceURI === namespace && element.localName === localName) found.push(element)
    }
  }
  return found
}

function child(parent: Element | undefined, namespace: string, localName: string): Element | undefined {
  return parent ? childElements(parent, namespace, localName)[0] : undefined
}

/** All elements of the document with this namespace and local name, wherever they are. */
function descendants(document: Document, namespace: string, localName: string): Element[] {
  return Array.from(document.getElementsByTagNameNS(namespace, localName))
}

/** The element's text as canonicalization without comments sees it: every text node, comments skipped. */
function text(element: Element | undefined): string | undefined {
  return element ? (element.textContent ?? '') : undefined
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined
}

/**
 * Decodes SAMLAssertion (standard base64 of the whole `samlp:Response`, taken as given: no
 * whitespace is stripped) and reads it with @xmldom/xmldom, which never fetches or expands
 * entities; a DOCTYPE is refused outright, so is a document nested or repeated past
 * SAML_XML_LIMITS (saml-document-limits.ts), both before the parser sees them, and any parser
 * warning stops parsing. The Response must
 * hold exactly one Assertion (none encrypted): one assertion, and a signature that must cover it,
 * is what keeps signature-wrapping attacks out.
 */
export function parseSamlResponse(samlAssertion: string, libraries: SamlLibraries): { ok: true; response: SamlResponse } | { ok: false; failure: ParseFailure } {
  const bytes = fromBase64(samlAssertion)
  if (!bytes) return { ok: false, failure: { kind: 'base64', why: 'SAMLAssertion is not standard base64 (A-Z a-z 0-9 + / with = padding, length a multiple of 4).' } }
  const xml = utf8Decode(bytes)
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, failure: { kind: 'doctype', why: 'The XML has a DOCTYPE: refused outright, so no entity can be defined or expanded.' } }
  const shapeProblem = xmlShapeProblem(xml, SAML_XML_LIMITS)
  if (shapeProblem !== undefined) {
    return { ok: false, failure: { kind: 'too-complex', why: `The decoded assertion is past what STS reads: ${shapeProblem} (A real SAML response nests about 8 deep and has at most a few hundred elements.)` } }
  }
  let document: Document
  try {
    document = new libraries.xmldom.DOMParser({ onError: libraries.xmldom.onWarningStopParsing }).parseFromString(xml, 'application/xml')
  } catch (error) {
    return { ok: false, failure: { kind: 'xml', why: `The decoded assertion is not well-formed XML: ${(error as Error).message.split('\n')[0] ?? ''}` } }
  }
  const response = document.documentElement
  if (!response || response.namespaceURI !== SAMLP || response.localName !== 'Response') {
    return { ok: false, failure: { kind: 'not-a-response', why: `The XML's root is ${response ? `{${response.namespaceURI ?? ''}}${response.localName ?? ''}` : 'missing'}, not a samlp:Response.` } }
  }
  if (descendants(document, SAML, 'EncryptedAssertion').length > 0) return { ok: false, failure: { kind: 'encrypted', why: 'The Response carries an EncryptedAssertion.' } }
  const assertions = descendants(document, SAML, 'Assertion')
  const assertion = assertions[0]
  if (assertions.length !== 1 || !assertion) {
    return { ok: false, failure: { kind: 'assertions', why: `The Response holds ${assertions.length} Assertion elements; exactly one is accepted (anything else could be signature wrapping).` } }
  }
  if (assertion.parentNode !== response) return { ok: false, failure: { kind: 'assertions', why: 'The Assertion is not a direct child of the Response.' } }

  const subject = child(assertion, SAML, 'Subject')
  const nameIdElement = child(subject, SAML, 'NameID')
  const bearer = subject ? childElements(subject, SAML, 'SubjectConfirmation').find((c) => c.getAttribute('Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer') : undefined
  const confirmationData = child(bearer, SAML, 'SubjectConfirmationData')
  const conditions = child(assertion, SAML, 'Conditions')
  const authn = child(assertion, SAML, 'AuthnStatement')
  const attributes = new Map<string, string[]>()
  for (const statement of childElements(assertion, SAML, 'AttributeStatement')) {
    for (const element of childElements(statement, SAML, 'Attribute')) {
      const name = element.getAttribute('Name') ?? ''
      const values = childElements(element, SAML, 'AttributeValue').map((v) => text(v) ?? '')
      attributes.set(name, [...(attributes.get(name) ?? []), ...values])
    }
  }
  return {
    ok: true,
    response: {
      document,
      response,
      assertion,
      responseId: attribute(response, 'ID'),
      assertionId: attribute(assertion, 'ID'),
      statusCode: attribute(child(child(response, SAMLP, 'Status'), SAMLP, 'StatusCode'), 'Value'),
      issuer: text(child(assertion, SAML, 'Issuer'))?.trim(),
      issueInstant: attribute(assertion, 'IssueInstant'),
      nameId: nameIdElement ? { value: text(nameIdElement) ?? '', format: attribute(nameIdElement, 'Format') } : undefined,
      confirmation: confirmationData ? { recipient: attribute(confirmationData, 'Recipient'), notOnOrAfter: attribute(confirmationData, 'NotOnOrAfter') } : undefined,
      conditions: conditions
        ? {
            notBefore: attribute(conditions, 'NotBefore'),
            notOnOrAfter: attribute(conditions, 'NotOnOrAfter'),
            audiences: childElements(conditions, SAML, 'AudienceRestriction').flatMap((r) => childElements(r, SAML, 'Audience').map((a) => (text(a) ?? '').trim())),
          }
        : undefined,
      sessionNotOnOrAfter: attribute(authn, 'SessionNotOnOrAfter'),
      attributes,
    },
  }
}

/** An xs:dateTime as epoch milliseconds; undefined when it is not one. */
export function samlInstant(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}
