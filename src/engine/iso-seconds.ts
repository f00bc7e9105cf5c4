/**
 * A time as STS and IAM write it: ISO 8601 in UTC to the second, with Z, e.g. 2026-01-01T00:20:00Z
 * (IAM User Guide: Requesting temporary security credentials, for Expiration; the same form for aws:CurrentTime, aws:TokenIssueTime and SAML instants).
 */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
