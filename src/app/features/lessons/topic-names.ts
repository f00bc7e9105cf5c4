// The exam topics in words, for headings and scores.
const NAMES: Readonly<Record<string, string>> = {
  durations: 'Session durations',
  'root-user': 'The root user',
  'role-chaining': 'Role chaining',
  mfa: 'MFA',
  'federation-token': 'GetFederationToken',
  'external-id': 'External ID',
  'cross-account': 'Cross-account access',
  'session-policies': 'Session policies',
  boundaries: 'Permissions boundaries',
  scps: 'Service control policies',
  'resource-policies': 'Resource policies',
  'session-tags': 'Session tags',
  'source-identity': 'Source identity',
  saml: 'SAML federation',
  'web-identity': 'Web identity federation',
  signatures: 'Signatures',
  expiry: 'Expiry',
  regions: 'Regions and endpoints',
  revocation: 'Revoking sessions',
  console: 'Console sign-in',
  'credential-kinds': 'Kinds of credentials',
}

export function topicName(topic: string): string {
  return NAMES[topic] ?? topic
}
