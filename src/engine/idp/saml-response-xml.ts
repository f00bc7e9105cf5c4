/**
 * The XML of an unsigned `samlp:Response` carrying one `saml:Assertion`, laid out as IdPs send them
 * to AWS (IAM User Guide, "Configure SAML assertions for the authentication response"): Issuer,
 * Status, then the Assertion with its Issuer, Subject (NameID and a bearer SubjectConfirmation),
 * Conditions, AuthnStatement and AttributeStatement. Built as text, not with a DOM, so it needs no
 * XML library; saml-signing.ts parses it to sign it.
 *
 * Every part is explicit here; the simulated IdP (saml-idp.ts) and the test helper
 * (testing/saml-response.ts) choose the values, the latter including broken ones for negative tests.
 */

export const SAML_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol'
export const SAML_ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion'
export const SAML_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success'
export const NAME_ID_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer'
const PASSWORD_PROTECTED_TRANSPORT = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport'

export interface SamlResponseFields {
  responseId: string
  assertionId: string
  /** The Response's and the Assertion's Issuer: the IdP's entity id. */
  issuer: string
  /** IssueInstant of the Response and the Assertion, AuthnInstant of the AuthnStatement (xs:dateTime). */
  issueInstant: string
  /** The Response's Destination. */
  destination: string
  statusCode: string
  /** The Subject's NameID; undefined leaves it out. A format of undefined leaves the Format attribute out. */
  nameId?: { value: string; format?: string }
  /** The bearer SubjectConfirmationData. */
  confirmation: { recipient: string; notOnOrAfter: string }
  /** undefined leaves Conditions out. */
  conditions?: { notBefore?: string; notOnOrAfter?: string; audience?: string }
  /** The AuthnStatement's SessionNotOnOrAfter, if any. */
  sessionNotOnOrAfter?: string
  /** The AttributeStatement: attribute Name → values, in order. */
  attributes: readonly (readonly [name: string, values: readonly string[]])[]
}

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function attributeXml(name: string, values: readonly string[]): string {
  return `<saml:Attribute Name="${escapeXml(name)}">${values.map((v) => `<saml:AttributeValue>${escapeXml(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`
}

function conditionsXml(conditions: NonNullable<SamlResponseFields['conditions']>): string {
  const notBefore = conditions.notBefore ? ` NotBefore="${escapeXml(conditions.notBefore)}"` : ''
  const notOnOrAfter = conditions.notOnOrAfter ? ` NotOnOrAfter="${escapeXml(conditions.notOnOrAfter)}"` : ''
  const audience = conditions.audience ? `<saml:AudienceRestriction><saml:Audience>${escapeXml(conditions.audience)}</saml:Audience></saml:AudienceRestriction>` : ''
  return `<saml:Conditions${notBefore}${notOnOrAfter}>${audience}</saml:Conditions>`
}

/** The unsigned `samlp:Response` as XML text, without whitespace between elements (so signing and verifying see the same bytes). */
export function samlResponseXml(fields: SamlResponseFields): string {
  const issued = escapeXml(fields.issueInstant)
  const issuer = `<saml:Issuer>${escapeXml(fields.issuer)}</saml:Issuer>`
  const nameId = fields.nameId
    ? `<saml:NameID${fields.nameId.format === undefined ? '' : ` Format="${escapeXml(fields.nameId.format)}"`}>${escapeXml(fields.nameId.value)}</saml:NameID>`
    : ''
  const sessionEnd = fields.sessionNotOnOrAfter ? ` SessionNotOnOrAfter="${escapeXml(fields.sessionNotOnOrAfter)}"` : ''
  return [
    `<samlp:Response xmlns:samlp="${SAML_PROTOCOL_NS}" xmlns:saml="${SAML_ASSERTION_NS}" ID="${escapeXml(fields.responseId)}" Version="2.0" IssueInstant="${issued}" Destination="${escapeXml(fields.destination)}">`,
    issuer,
    `<samlp:Status><samlp:StatusCode Value="${escapeXml(fields.statusCode)}"/></samlp:Status>`,
    `<saml:Assertion ID="${escapeXml(fields.assertionId)}" Version="2.0" IssueInstant="${issued}">`,
    issuer,
    '<saml:Subject>',
    nameId,
    `<saml:SubjectConfirmation Method="${BEARER}"><saml:SubjectConfirmationData NotOnOrAfter="${escapeXml(fields.confirmation.notOnOrAfter)}" Recipient="${escapeXml(fields.confirmation.recipient)}"/></saml:SubjectConfirmation>`,
    '</saml:Subject>',
    fields.conditions ? conditionsXml(fields.conditions) : '',
    `<saml:AuthnStatement AuthnInstant="${issued}"${sessionEnd}><saml:AuthnContext><saml:AuthnContextClassRef>${PASSWORD_PROTECTED_TRANSPORT}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
    `<saml:AttributeStatement>${fields.attributes.map(([name, values]) => attributeXml(name, values)).join('')}</saml:AttributeStatement>`,
    '</saml:Assertion>',
    '</samlp:Response>',
  ].join('')
}
