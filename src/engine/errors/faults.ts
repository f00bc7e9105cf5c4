/** The namespace of STS's own responses and most of its errors. */
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'
/** The namespace AWS uses for InvalidAction (observed on the wire, justincormack/argmin sts_oracle.rs). */
export const AWS_FAULT_NAMESPACE = 'http://webservices.amazon.com/AWSFault/2005-15-09'

/** An error as AWS puts it on the wire: the `<ErrorResponse>` fields plus the HTTP status. */
export interface StsFault {
  code: string
  status: number
  /** Absent for the few errors AWS sends without a `<Message>` (MalformedInput for a non-numeric integer). */
  message?: string
  type: 'Sender' | 'Receiver'
  namespace: string
}

function sender(code: string, status: number, message?: string, namespace = STS_NAMESPACE): StsFault {
  return message === undefined
    ? { code, status, type: 'Sender', namespace }
    : { code, status, message, type: 'Sender', namespace }
}

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'

/** The common errors of the Query protocol and of SigV4 authentication, with AWS's texts. */
export const faults = {
  /** Observed against AWS (justincormack/argmin sts_oracle.rs): unknown action, missing or unsupported version. */
  invalidAction: (action: string, version: string) =>
    sender('InvalidAction', 400, `Could not find operation ${action} for version ${version}`, AWS_FAULT_NAMESPACE),
  missingAuthenticationToken: () => sender('MissingAuthenticationToken', 403, 'Request is missing Authentication Token'),
  /** STS includes the trailing period (justincormack/argmin sts_oracle.rs; apache/hadoop hadoop-aws assumed_roles.md). */
  invalidClientTokenId: () => sender('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'),
  /** Temporary credentials used after their Expiration (the text as the AWS CLI prints it; AWS STS API Reference: Common Errors: 403). */
  expiredToken: () => sender('ExpiredToken', 403, 'The security token included in the request is expired'),
  signatureDoesNotMatch: (message: string = SIGNATURE_MISMATCH_MESSAGE) => sender('SignatureDoesNotMatch', 403, message),
  incompleteSignature: (message: string) => sender('IncompleteSignature', 400, message),
  accessDenied: (message: string) => sender('AccessDenied', 403, message),
  validationError: (message: string) => sender('ValidationError', 400, message),
  invalidParameterValue: (message: string) => sender('InvalidParameterValue', 400, message),
  malformedPolicyDocument: (message: string) => sender('MalformedPolicyDocument', 400, message),
  packedPolicyTooLarge: (percent: number) => sender('PackedPolicyTooLarge', 400, `Packed policy consumes ${percent}% of allotted space`),
  /** Infisical/infisical#5531; IAM User Guide: Managing AWS STS in an AWS Region. */
  regionDisabled: (account: string) =>
    sender('RegionDisabledException', 403, `STS is not activated in this region for account:${account}. Your account administrator can activate STS in this region using the IAM Console.`),
  /** A playground limit, not an AWS error: said plainly so nobody mistakes it for AWS behaviour. */
  notSimulated: (action: string) =>
    ({
      code: 'NotImplemented',
      status: 501,
      message: `The STS Playground does not simulate ${action} yet.`,
      type: 'Receiver',
      namespace: STS_NAMESPACE,
    }) satisfies StsFault,
} as const

/** An error answer's facts, for clients that must not parse the body: code, message and type as the body says them, and the HTTP status. */
export interface StsFaultInfo {
  code: string
  /** As written in the response's `<Message>` (unescaped); absent when the response has none. */
  message?: string
  type: 'Sender' | 'Receiver'
  status: number
}

export function faultInfo(fault: StsFault): StsFaultInfo {
  return fault.message === undefined
    ? { code: fault.code, type: fault.type, status: fault.status }
    : { code: fault.code, message: fault.message, type: fault.type, status: fault.status }
}
