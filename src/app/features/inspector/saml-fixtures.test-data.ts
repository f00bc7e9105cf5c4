// Hand-written SAML for the unit tests: a Response as an IdP sends it to AWS, signed (the signature
// is well-formed but not real; nothing here verifies it).

export const ISSUER = 'https://idp.example.com/saml'
export const SIGNIN = 'https://signin.aws.amazon.com/saml'
const ATTR = 'https://aws.amazon.com/SAML/Attributes/'

export interface ResponseOptions {
  issuer?: string
  extraAttributes?: string
  assertions?: number
  signature?: 'assertion' | 'response' | 'none'
  prologue?: string
}

function signature(id: string): string {
  return [
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
    '<ds:SignedInfo>',
    '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>',
    '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>',
    `<ds:Reference URI="#${id}"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></ds:Transforms>`,
    '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>q2VkXz0bX9Y=</ds:DigestValue></ds:Reference>',
    '</ds:SignedInfo>',
    '<ds:SignatureValue>c2lnbmF0dXJl</ds:SignatureValue>',
    '<ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIDkzCCAnugAwIBAgIU</ds:X509Certificate></ds:X509Data></ds:KeyInfo>',
    '</ds:Signature>',
  ].join('')
}

function assertion(id: string, options: ResponseOptions): string {
  const issuer = options.issuer ?? ISSUER
  return [
    `<saml:Assertion ID="${id}" Version="2.0" IssueInstant="2026-01-01T12:00:00Z">`,
    `<saml:Issuer>${issuer}</saml:Issuer>`,
    options.signature === 'assertion' || options.signature === undefined ? signature(id) : '',
    '<saml:Subject>',
    '<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">alice@example.com</saml:NameID>',
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="2026-01-01T12:05:00Z" Recipient="${SIGNIN}"/></saml:SubjectConfirmation>`,
    '</saml:Subject>',
    `<saml:Conditions NotBefore="2026-01-01T11:59:00Z" NotOnOrAfter="2026-01-01T12:05:00Z"><saml:AudienceRestriction><saml:Audience>${SIGNIN}</saml:Audience></saml:AudienceRestriction></saml:Conditions>`,
    '<saml:AuthnStatement AuthnInstant="2026-01-01T12:00:00Z" SessionNotOnOrAfter="2026-01-01T20:00:00Z"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>',
    '<saml:AttributeStatement>',
    `<saml:Attribute Name="${ATTR}Role"><saml:AttributeValue>arn:aws:iam::111111111111:role/SamlDeveloper,arn:aws:iam::111111111111:saml-provider/ExampleIdP</saml:AttributeValue></saml:Attribute>`,
    `<saml:Attribute Name="${ATTR}RoleSessionName"><saml:AttributeValue>alice@example.com</saml:AttributeValue></saml:Attribute>`,
    `<saml:Attribute Name="${ATTR}SessionDuration"><saml:AttributeValue>3600</saml:AttributeValue></saml:Attribute>`,
    `<saml:Attribute Name="${ATTR}PrincipalTag:Project"><saml:AttributeValue>Phoenix</saml:AttributeValue></saml:Attribute>`,
    `<saml:Attribute Name="${ATTR}TransitiveTagKeys"><saml:AttributeValue>Project</saml:AttributeValue><saml:AttributeValue>Team</saml:AttributeValue></saml:Attribute>`,
    '<saml:Attribute Name="department"><saml:AttributeValue>R&amp;D</saml:AttributeValue></saml:Attribute>',
    options.extraAttributes ?? '',
    '</saml:AttributeStatement>',
    '</saml:Assertion>',
  ].join('')
}

/** A samlp:Response, on one line as IdPs send it. */
export function responseXml(options: ResponseOptions = {}): string {
  const assertions = Array.from({ length: options.assertions ?? 1 }, (_, i) => assertion(`_assertion-${i + 1}`, options)).join('')
  return [
    options.prologue ?? '',
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_response-1" Version="2.0" IssueInstant="2026-01-01T12:00:00Z" Destination="${SIGNIN}">`,
    `<saml:Issuer>${options.issuer ?? ISSUER}</saml:Issuer>`,
    options.signature === 'response' ? signature('_response-1') : '',
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>',
    assertions,
    '</samlp:Response>',
  ].join('')
}

export { textToBase64 as base64 } from './base64-text.ts'
