import type { EngineDeps } from '../../../deps.ts'
import { newRequestId } from '../../../request-id.ts'

/**
 * AssumeRoleWithSAML's texts, as recorded from AWS. Where no source recorded AWS's text the
 * operation uses the model's description of the error instead (federation-faults.ts `modelText`).
 */
export const samlMessages = {
  /** RoleArn that is not a role ARN (e.g. the provider's ARN, swapped): ValidationError (ISS:oktadev/okta-aws-cli-assume-role#307, ISS:physera/onelogin-aws-cli#12). */
  requestArnInvalid: 'Request ARN is invalid',
  /** PrincipalArn that is not a SAML provider ARN: ValidationError (ISS:Versent/saml2aws#536, ISS:cevoaustralia/aws-google-auth#163). */
  principalArnInvalid: 'Principal ARN is invalid',
  /** PrincipalArn in another account than RoleArn: ValidationError (ISS:ruimarinho/gsts#1). */
  principalOutsideAccount: 'Principal exists outside the account of the Role being assumed.',
  /**
   * No SAML provider at PrincipalArn: IAM User Guide, "Troubleshoot SAML federation with IAM"
   * ("Error: Specified provider doesn't exist."); recorded from STS, before the assertion is read,
   * by jenkinsci/pipeline-aws-plugin's test (a made-up provider and assertion). The code is unrecorded.
   */
  providerMissing: "Specified provider doesn't exist.",
  /** IAM User Guide, "Troubleshoot SAML federation with IAM"; fact 74. */
  signatureInvalid: 'Response signature invalid',
  /** Fact 72. */
  sessionNameMissing: 'RoleSessionName is required in AuthnResponse',
  /** Fact 73. */
  sessionNameInvalid: 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}',
  /** Fact 75 (several tools quoting STS); which instant is measured is unrecorded: the assertion's IssueInstant here. */
  tooOld: 'Token must be redeemed within 5 minutes of issuance',
  /** IAM User Guide, "Troubleshoot SAML federation with IAM" ("Error: Response does not contain the required audience."). */
  audienceMissing: 'Response does not contain the required audience.',
} as const

/**
 * Some SAML errors come from an internal IAM service and carry its details in the message, with
 * that service's own request id: "Issuer not present in specified provider (Service:
 * AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlInvalidSamlResponseException;
 * Request ID: 0e8d1248-…; Proxy: null)" (ISS:dbeaver/cloudbeaver#3112, the message of an
 * InvalidIdentityTokenException), and "Invalid base64 SAMLResponse (Service:
 * AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlInvalidSamlResponseException…"
 * (an `aws sts assume-role-with-saml` run quoted in a blog; jenkinsci/pipeline-aws-plugin's older test).
 */
export function discoveryServiceMessage(text: string, deps: EngineDeps): string {
  return `${text} (Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlInvalidSamlResponseException; Request ID: ${newRequestId(deps)}; Proxy: null)`
}
