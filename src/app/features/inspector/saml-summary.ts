import type { InstantRole } from './time-text.ts'
import { allElements, attributeOf, childElements, firstChild, type XmlElementLike } from './xml-reader.ts'

export const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol'
export const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion'
export const DS = 'http://www.w3.org/2000/09/xmldsig#'

const AWS_ATTRIBUTE_PREFIX = 'https://aws.amazon.com/SAML/Attributes/'

/** The attributes AWS reads (IAM User Guide, "Configure SAML assertions for the authentication response"). Names are case-sensitive. */
const AWS_ATTRIBUTES = ['Role', 'RoleSessionName', 'SessionDuration', 'TransitiveTagKeys', 'SourceIdentity'] as const

export interface SamlAttribute {
  name: string
  values: string[]
  /** For an attribute AWS reads, its short name: `Role`, `PrincipalTag:Project`, … */
  aws?: string
}

export interface SamlInstant {
  /** Where it is: `Conditions NotBefore`. */
  label: string
  role: InstantRole
  /** As written in the XML. */
  value: string
  /** Epoch ms; undefined when the value is not an xs:dateTime with a time zone. */
  ms: number | undefined
}

export interface SamlSignature {
  /** The element the Signature sits in: `Response`, `Assertion`, or another element's name. */
  on: string
  algorithm: string | undefined
  digestAlgorithms: string[]
  referenceUris: string[]
  /** True when a Reference points at the ID of the element the signature sits in (an enveloped signature). */
  coversParent: boolean
  certificateEmbedded: boolean
}

export interface SamlSummary {
  /** The root element as written, e.g. `samlp:Response`. */
  rootName: string
  rootKind: 'response' | 'assertion' | 'other'
  responseIssuer: string | undefined
  /** The Assertion's Issuer: the one STS matches against the provider. */
  assertionIssuer: string | undefined
  destination: string | undefined
  statusCode: string | undefined
  assertionCount: number
  encryptedAssertionCount: number
  nameId: { value: string; format: string | undefined } | undefined
  audiences: string[]
  recipients: string[]
  instants: SamlInstant[]
  attributes: SamlAttribute[]
  signatures: SamlSignature[]
  /** Things STS would object to that a reader should know first. */
  warnings: string[]
}

/** An xs:dateTime with a time zone, as epoch ms; undefined otherwise. */
export function samlInstantMs(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

function textOf(element: XmlElementLike | undefined): string | undefined {
  return element === undefined ? undefined : (element.textContent ?? '').trim()
}

function awsName(name: string): string | undefined {
  if (!name.startsWith(AWS_ATTRIBUTE_PREFIX)) return undefined
  const short = name.slice(AWS_ATTRIBUTE_PREFIX.length)
  return (AWS_ATTRIBUTES as readonly string[]).includes(short) || /^PrincipalTag:./.test(short) ? short : undefined
}

function elementsNamed(root: XmlElementLike, namespace: string, localName: string): XmlElementLike[] {
  return allElements(root).filter((element) => element.namespaceURI === namespace && element.localName === localName)
}

function signatureOf(signature: XmlElementLike, parent: XmlElementLike | undefined): SamlSignature {
  const signedInfo = firstChild(signature, DS, 'SignedInfo')
  const references = signedInfo === undefined ? [] : childElements(signedInfo, DS, 'Reference')
  const referenceUris = references.map((reference) => attributeOf(reference, 'URI') ?? '')
  const parentId = parent === undefined ? undefined : attributeOf(parent, 'ID')
  return {
    on: parent?.localName ?? 'the document',
    algorithm: attributeOf(firstChild(signedInfo, DS, 'SignatureMethod'), 'Algorithm'),
    digestAlgorithms: references.map((reference) => attributeOf(firstChild(reference, DS, 'DigestMethod'), 'Algorithm') ?? '(none)'),
    referenceUris,
    coversParent: parentId !== undefined && referenceUris.includes(`#${parentId}`),
    certificateEmbedded: elementsNamed(signature, DS, 'X509Certificate').length > 0,
  }
}

/** The element a signature sits in, found by walking from the root (the DOM-like interface has no parentNode). */
function parentsOfSignatures(root: XmlElementLike): { signature: XmlElementLike; parent: XmlElementLike | undefined }[] {
  const found: { signature: XmlElementLike; parent: XmlElementLike | undefined }[] = []
  if (root.namespaceURI === DS && root.localName === 'Signature') found.push({ signature: root, parent: undefined })
  for (const element of allElements(root)) {
    for (const child of childElements(element, DS, 'Signature')) found.push({ signature: child, parent: element })
  }
  return found
}

/**
 * What a SAML response (or a bare Assertion) says, the way AWS reads it: the Assertion's Issuer,
 * Subject, bearer confirmation, Conditions, AuthnStatement and attributes, and where its signatures
 * are. Reads only: nothing here verifies anything.
 */
export function summarizeSaml(root: XmlElementLike): SamlSummary {
  const rootKind = root.namespaceURI === SAMLP && root.localName === 'Response' ? 'response' : root.namespaceURI === SAML && root.localName === 'Assertion' ? 'assertion' : 'other'
  const assertions = rootKind === 'assertion' ? [root] : elementsNamed(root, SAML, 'Assertion')
  const assertion = assertions[0]
  const encryptedAssertionCount = elementsNamed(root, SAML, 'EncryptedAssertion').length
  const subject = firstChild(assertion, SAML, 'Subject')
  const nameIdElement = firstChild(subject, SAML, 'NameID')
  const bearers = subject === undefined ? [] : childElements(subject, SAML, 'SubjectConfirmation').filter((c) => attributeOf(c, 'Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer')
  const confirmationData = bearers.flatMap((bearer) => childElements(bearer, SAML, 'SubjectConfirmationData'))
  const conditions = firstChild(assertion, SAML, 'Conditions')
  const authn = firstChild(assertion, SAML, 'AuthnStatement')

  const instants: SamlInstant[] = []
  const addInstant = (label: string, role: InstantRole, value: string | undefined) => {
    if (value !== undefined) instants.push({ label, role, value, ms: samlInstantMs(value) })
  }
  addInstant('Assertion IssueInstant', 'issued', attributeOf(assertion, 'IssueInstant'))
  addInstant('Conditions NotBefore', 'not-before', attributeOf(conditions, 'NotBefore'))
  addInstant('Conditions NotOnOrAfter', 'expires', attributeOf(conditions, 'NotOnOrAfter'))
  confirmationData.forEach((data) => addInstant('SubjectConfirmationData NotOnOrAfter', 'expires', attributeOf(data, 'NotOnOrAfter')))
  addInstant('AuthnStatement SessionNotOnOrAfter', 'session-ends', attributeOf(authn, 'SessionNotOnOrAfter'))

  const attributes: SamlAttribute[] = []
  for (const statement of assertion === undefined ? [] : childElements(assertion, SAML, 'AttributeStatement')) {
    for (const element of childElements(statement, SAML, 'Attribute')) {
      const name = attributeOf(element, 'Name') ?? ''
      const values = childElements(element, SAML, 'AttributeValue').map((value) => value.textContent ?? '')
      const aws = awsName(name)
      attributes.push(aws === undefined ? { name, values } : { name, values, aws })
    }
  }

  const warnings: string[] = []
  if (rootKind === 'assertion') warnings.push('This is a bare Assertion: STS expects the whole samlp:Response, with the Assertion inside it.')
  if (rootKind === 'other') warnings.push(`The root element is ${root.tagName}, neither a samlp:Response nor a saml:Assertion.`)
  if (encryptedAssertionCount > 0) warnings.push('The Response carries an EncryptedAssertion: it cannot be read without the key (the playground does not simulate encrypted assertions).')
  if (rootKind === 'response' && assertions.length !== 1 && encryptedAssertionCount === 0) {
    warnings.push(`The Response holds ${assertions.length} Assertion elements; STS accepts exactly one (more could be signature wrapping).`)
  }

  return {
    rootName: root.tagName,
    rootKind,
    responseIssuer: rootKind === 'response' ? textOf(firstChild(root, SAML, 'Issuer')) : undefined,
    assertionIssuer: textOf(firstChild(assertion, SAML, 'Issuer')),
    destination: rootKind === 'response' ? attributeOf(root, 'Destination') : undefined,
    statusCode: rootKind === 'response' ? attributeOf(firstChild(firstChild(root, SAMLP, 'Status'), SAMLP, 'StatusCode'), 'Value') : undefined,
    assertionCount: assertions.length,
    encryptedAssertionCount,
    nameId: nameIdElement === undefined ? undefined : { value: textOf(nameIdElement) ?? '', format: attributeOf(nameIdElement, 'Format') },
    audiences: conditions === undefined ? [] : childElements(conditions, SAML, 'AudienceRestriction').flatMap((r) => childElements(r, SAML, 'Audience').map((a) => textOf(a) ?? '')),
    recipients: confirmationData.map((data) => attributeOf(data, 'Recipient')).filter((r): r is string => r !== undefined),
    instants,
    attributes,
    signatures: parentsOfSignatures(root).map(({ signature, parent }) => signatureOf(signature, parent)),
    warnings,
  }
}

const ALGORITHM_NAMES: Record<string, string> = {
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'RSA-SHA256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': 'RSA-SHA384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': 'RSA-SHA512',
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': 'RSA-SHA1',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': 'ECDSA-SHA256',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
}

/** A signature or digest algorithm URI by its usual short name, or the URI itself when unknown. */
export function algorithmName(uri: string): string {
  return ALGORITHM_NAMES[uri] ?? uri
}
