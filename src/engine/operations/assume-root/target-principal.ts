/**
 * AssumeRoot's TargetPrincipal: "The member account principal ARN or account ID" (STS API
 * Reference, AssumeRoot). The forms accepted are the 12-digit account id and the account's root
 * ARN `arn:<partition>:iam::<account>:root`; anything else (an IAM user ARN, observed) is a 400
 * ValidationError "Request must contain a valid target principal" (capture against AWS in
 * radkawar/stackd testdata/aws/iam/root_access.json, case assume_root_owned_user_arn).
 * Whether the account is a member of the caller's organization is decided later, by authorization.
 */
export const INVALID_TARGET_MESSAGE = 'Request must contain a valid target principal'

export function parseTargetPrincipal(value: string, partition: string): { account: string; rootArn: string } | undefined {
  if (/^\d{12}$/.test(value)) return { account: value, rootArn: `arn:${partition}:iam::${value}:root` }
  const arn = /^arn:([^:]+):iam::(\d{12}):root$/.exec(value)
  if (arn?.[1] === partition && arn[2]) return { account: arn[2], rootArn: value }
  return undefined
}
