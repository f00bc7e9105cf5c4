import type { XmlLimits } from '../../../xml/xml-shape.ts'

/**
 * How much decoded SAML XML the simulated STS reads, checked before any parser sees it. SAMLAssertion
 * itself is at most 100,000 characters of base64 (the model's SAMLAssertionType; IAM User Guide, "IAM
 * and AWS STS quotas": "SAML authentication response base64 encoded: 100,000 characters"), which
 * model validation enforces first. Inside that, a document of nested or repeated elements still
 * costs a DOM parser a fifth of a second, unauthenticated, so the playground also bounds its shape:
 *
 * - depth 64: a SAML 2.0 Response nests about 8 elements deep (Response, Assertion, Signature,
 *   SignedInfo, Reference, Transforms, Transform, InclusiveNamespaces);
 * - 1,000 nodes: a large real response carries a few hundred attribute values (Microsoft Entra ID
 *   puts at most 150 groups in a SAML assertion, "Configure group claims for applications by using
 *   Microsoft Entra ID"); a signed assertion with a dozen attributes is about 60 elements;
 * - 2,000 attributes, namespace declarations included: a couple per element.
 *
 * These are the playground's limits, not published AWS ones. A document past them gets the answer
 * for any XML STS cannot read (AssumeRoleWithSAML's InvalidIdentityToken).
 */
export const SAML_XML_LIMITS: XmlLimits = { depth: 64, nodes: 1000, attributes: 2000 }
