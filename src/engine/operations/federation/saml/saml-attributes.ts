import type { RequestedTags } from '../../assume/session-tags.ts'

/** AWS's attribute names (IAM User Guide, "Configure SAML assertions for the authentication response"; names are case-sensitive). */
export const ATTRIBUTES = {
  role: 'https://aws.amazon.com/SAML/Attributes/Role',
  roleSessionName: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
  sessionDuration: 'https://aws.amazon.com/SAML/Attributes/SessionDuration',
  sourceIdentity: 'https://aws.amazon.com/SAML/Attributes/SourceIdentity',
  principalTagPrefix: 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:',
  transitiveTagKeys: 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys',
} as const

/**
 * Whether a value of the Role attribute pairs the request's RoleArn and PrincipalArn: each value is
 * "roleArn,providerArn". Both orders occur in the wild (the User Guide shows the role first; IdPs
 * such as OneLogin and Google accept the reverse, ISS:physera/onelogin-aws-cli#12), so either is
 * accepted; spaces around each ARN are ignored.
 */
export function rolePairMatches(values: readonly string[], roleArn: string, principalArn: string): boolean {
  return values.some((value) => {
    const parts = value.split(',').map((p) => p.trim())
    if (parts.length !== 2) return false
    return (parts[0] === roleArn && parts[1] === principalArn) || (parts[0] === principalArn && parts[1] === roleArn)
  })
}

/** RoleSessionName: required, `[a-zA-Z_0-9+=,.@-]{2,64}` (facts 72, 73); the first value counts. */
export function sessionNameOf(attributes: ReadonlyMap<string, string[]>): { kind: 'missing' } | { kind: 'invalid'; value: string } | { kind: 'ok'; value: string } {
  const value = attributes.get(ATTRIBUTES.roleSessionName)?.[0]
  if (value === undefined) return { kind: 'missing' }
  return /^[a-zA-Z_0-9+=,.@-]{2,64}$/.test(value) ? { kind: 'ok', value } : { kind: 'invalid', value }
}

/** SessionDuration: an integer number of seconds, 900..43200 (IAM User Guide, "Configure SAML assertions…"). */
export function sessionDurationOf(attributes: ReadonlyMap<string, string[]>): { ok: true; seconds?: number } | { ok: false; value: string } {
  const value = attributes.get(ATTRIBUTES.sessionDuration)?.[0]
  if (value === undefined) return { ok: true }
  const trimmed = value.trim()
  const seconds = /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : NaN
  return seconds >= 900 && seconds <= 43200 ? { ok: true, seconds } : { ok: false, value }
}

/**
 * Session tags: one `PrincipalTag:{Key}` attribute per tag (its value the tag's), and the
 * multi-valued `TransitiveTagKeys` (IAM User Guide, "Passing session tags using AssumeRoleWithSAML").
 */
export function samlSessionTags(attributes: ReadonlyMap<string, string[]>): RequestedTags {
  const tags: RequestedTags['tags'] = []
  for (const [name, values] of attributes) {
    if (name.startsWith(ATTRIBUTES.principalTagPrefix)) tags.push({ Key: name.slice(ATTRIBUTES.principalTagPrefix.length), Value: values[0] ?? '' })
  }
  return { tags, transitiveTagKeys: attributes.get(ATTRIBUTES.transitiveTagKeys) ?? [] }
}

const SUBJECT_TYPE_PREFIX = 'urn:oasis:names:tc:SAML:2.0:nameid-format:'
/** A NameID without Format is "unspecified" (SAML 2.0 Core, 8.3.1). */
const UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified'

/**
 * SubjectType (and saml:sub_type): the NameID Format, with the `urn:oasis:names:tc:SAML:2.0:nameid-format:`
 * prefix removed (`transient`, `persistent`); other formats are returned whole (the model's
 * AssumeRoleWithSAMLResponse documentation; fact 76).
 */
export function subjectType(format: string | undefined): string {
  const value = format ?? UNSPECIFIED
  return value.startsWith(SUBJECT_TYPE_PREFIX) ? value.slice(SUBJECT_TYPE_PREFIX.length) : value
}

/**
 * The endpoints a SubjectConfirmationData Recipient may name: the sign-in SAML endpoint, global,
 * regional or static, or a provider's own ACS URL (`…/saml/acs/<id>`) (IAM User
 * Guide, "Configure SAML assertions for the authentication response").
 */
export function isAwsRecipient(recipient: string): boolean {
  return /^https:\/\/(?:[a-z]{2}(?:-[a-z]+)+-\d+\.)?signin\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)\/(?:static\/)?saml(?:\/acs\/[A-Za-z0-9]+)?$/.test(recipient)
}

/** Audience values AWS accepts in an AudienceRestriction: `urn:amazon:webservices` (or its GovCloud form) or a sign-in endpoint. */
export function isAwsAudience(audience: string): boolean {
  return audience === 'urn:amazon:webservices' || audience === 'urn:amazon:webservices:govcloud' || isAwsRecipient(audience)
}
