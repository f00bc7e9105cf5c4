import type { StsFaultInfo } from '../errors/faults.ts'
import type { Session } from '../sessions/session.ts'

/**
 * Limits that come with the kind of temporary credentials, before any policy is read (IAM User
 * Guide, "Compare AWS STS credentials"). The STS side of these rules (which STS operations each
 * kind may call) is operations/caller-restrictions.ts; this is the IAM side:
 * - iam-needs-mfa: credentials from GetSessionToken call IAM API operations only when MFA was
 *   used to get them (AWS STS API Reference, GetSessionToken: "You cannot call any IAM API
 *   operations unless MFA authentication information is included in the request"; IAM User
 *   Guide, "Permissions for GetSessionToken");
 * - federated-user-no-iam: credentials from GetFederationToken cannot call IAM through the API or
 *   the CLI at all (AWS STS API Reference, GetFederationToken: "You cannot call any IAM operations
 *   using the AWS CLI or the AWS API"; IAM User Guide, "Permissions for GetFederationToken").
 */
export type CredentialRestrictionRule = 'iam-needs-mfa' | 'federated-user-no-iam'

export interface CredentialRestriction {
  rule: CredentialRestrictionRule
  /** What AWS answers instead of running the request. */
  fault: StsFaultInfo
  /** The rule in words, for this request. */
  why: string
  /** The public page or thread that states the rule and shows the error. */
  source: string
}

/** What the rules need to know about a set of credentials: who issued them and whether MFA was used. */
export type CredentialOrigin = Pick<Session, 'issuedBy' | 'mfaAuthenticatedAt'>

/**
 * IAM refuses these credentials as if the token were unknown: 403 InvalidClientTokenId, without
 * the trailing period STS's own text has (IAM's error body quoted in 99designs/aws-vault#15,
 * cloudyr/aws.iam#15 and aws/aws-cli#8918).
 */
const IAM_INVALID_TOKEN: StsFaultInfo = { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid', type: 'Sender', status: 403 }

/** True for any IAM action (`iam:ListUsers`, `IAM:GetUser`): service prefixes are case-insensitive. */
export function isIamAction(action: string): boolean {
  const colon = action.indexOf(':')
  return colon > 0 && action.slice(0, colon).toLowerCase() === 'iam'
}

/**
 * The restriction that stops these credentials from calling `action`, or undefined when policies
 * decide. Long-term credentials (no session) and role sessions have none here.
 */
export function credentialRestriction(credentials: CredentialOrigin | undefined, action: string): CredentialRestriction | undefined {
  if (!credentials || !isIamAction(action)) return undefined
  if (credentials.issuedBy === 'GetSessionToken' && credentials.mfaAuthenticatedAt === undefined) {
    return {
      rule: 'iam-needs-mfa',
      fault: IAM_INVALID_TOKEN,
      why: `Credentials from GetSessionToken without MFA cannot call IAM API operations such as ${action}, whatever the policies allow; IAM answers as if the token were invalid. Get them with SerialNumber and TokenCode to call IAM.`,
      source: 'AWS STS API Reference, GetSessionToken; IAM User Guide, "Compare AWS STS credentials"; the error: 99designs/aws-vault#15, cloudyr/aws.iam#15',
    }
  }
  if (credentials.issuedBy === 'GetFederationToken') {
    // The error for this kind is an answer from AWS Support quoted in jantman/awslimitchecker#139
    // ("It will fail with an invalid token error"), the same InvalidClientTokenId as above; no
    // recorded response body was found, so the exact text is inferred from the GetSessionToken case.
    return {
      rule: 'federated-user-no-iam',
      fault: IAM_INVALID_TOKEN,
      why: `Credentials from GetFederationToken cannot call IAM API operations such as ${action} through the API or the CLI, whatever the policies allow; IAM answers as if the token were invalid.`,
      source: 'AWS STS API Reference, GetFederationToken; IAM User Guide, "Compare AWS STS credentials"; the error: jantman/awslimitchecker#139 (AWS Support)',
    }
  }
  return undefined
}
