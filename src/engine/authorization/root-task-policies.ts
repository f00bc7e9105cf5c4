import { parsePolicy } from '../policy/parse-policy.ts'
import type { Policy } from '../policy/policy-types.ts'

/**
 * The AWS managed policies that scope an AssumeRoot session (STS API Reference, AssumeRoot,
 * TaskPolicyArn; IAM User Guide, "AWS managed policies for AWS Identity and Access Management",
 * security-iam-awsmanpol.html). Their ARNs live under the `/root-task/` path of the `aws` account:
 * `arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy` (the AssumeRoot example of the AWS SDK
 * documentation). The documents are version v1 of each policy as IAM GetPolicyVersion returns them
 * (captured in radkawar/stackd testdata/aws/iam/root_access.json): every one denies all actions
 * outside its task, and denies the task's actions on anything but the root user.
 */
const ROOT_PRINCIPAL = 'arn:aws:iam::*:root'

const denyOthers = (actions: string[]) => ({ Sid: 'DenyAllOtherActionsOnAnyResource', Effect: 'Deny', NotAction: actions, Resource: '*' })

export const ROOT_TASK_POLICIES = {
  IAMAuditRootUserCredentials: {
    Version: '2012-10-17',
    Statement: [
      denyOthers(['iam:ListAccessKeys', 'iam:ListSigningCertificates', 'iam:GetLoginProfile', 'iam:ListMFADevices', 'iam:GetAccountSummary', 'iam:GetUser', 'iam:GetAccessKeyLastUsed']),
      {
        Sid: 'DenyAuditingCredentialsOnNonRootUserResource',
        Effect: 'Deny',
        Action: ['iam:ListAccessKeys', 'iam:ListSigningCertificates', 'iam:GetLoginProfile', 'iam:ListMFADevices', 'iam:GetUser', 'iam:GetAccessKeyLastUsed'],
        NotResource: ROOT_PRINCIPAL,
      },
    ],
  },
  IAMCreateRootUserPassword: {
    Version: '2012-10-17',
    Statement: [
      denyOthers(['iam:CreateLoginProfile', 'iam:GetLoginProfile']),
      { Sid: 'DenyCreatingPasswordOnNonRootUserResource', Effect: 'Deny', Action: ['iam:CreateLoginProfile', 'iam:GetLoginProfile'], NotResource: ROOT_PRINCIPAL },
    ],
  },
  IAMDeleteRootUserCredentials: {
    Version: '2012-10-17',
    Statement: [
      denyOthers([
        'iam:DeleteAccessKey',
        'iam:DeleteSigningCertificate',
        'iam:DeleteLoginProfile',
        'iam:DeactivateMFADevice',
        'iam:DeleteVirtualMFADevice',
        'iam:ListAccessKeys',
        'iam:ListSigningCertificates',
        'iam:GetLoginProfile',
        'iam:ListMFADevices',
        'iam:GetUser',
        'iam:GetAccessKeyLastUsed',
      ]),
      {
        Sid: 'DenyDeletingRootUserCredentialsOnNonRootUserResource',
        Effect: 'Deny',
        Action: [
          'iam:DeleteAccessKey',
          'iam:DeleteSigningCertificate',
          'iam:DeleteLoginProfile',
          'iam:DeactivateMFADevice',
          'iam:DeleteVirtualMFADevice',
          'iam:ListAccessKeys',
          'iam:ListSigningCertificates',
          'iam:GetLoginProfile',
          'iam:ListMFADevices',
          'iam:GetUser',
          'iam:GetAccessKeyLastUsed',
        ],
        NotResource: ROOT_PRINCIPAL,
      },
    ],
  },
  S3UnlockBucketPolicy: {
    Version: '2012-10-17',
    Statement: [
      denyOthers(['s3:DeleteBucketPolicy', 's3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:ListAllMyBuckets']),
      {
        Sid: 'DenyManagingBucketPolicyForNonRootCallers',
        Effect: 'Deny',
        Action: ['s3:DeleteBucketPolicy', 's3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:ListAllMyBuckets'],
        Resource: '*',
        Condition: { StringNotLike: { 'aws:PrincipalArn': ROOT_PRINCIPAL } },
      },
    ],
  },
  SQSUnlockQueuePolicy: {
    Version: '2012-10-17',
    Statement: [
      denyOthers(['sqs:SetQueueAttributes', 'sqs:GetQueueAttributes', 'sqs:ListQueues', 'sqs:GetQueueUrl']),
      {
        Sid: 'DenyGettingQueueAttributesOnNonOwnQueue',
        Effect: 'Deny',
        Action: ['sqs:GetQueueAttributes'],
        Resource: 'arn:aws:sqs:*:*:*',
        Condition: { StringNotEqualsIfExists: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } },
      },
      {
        Sid: 'DenyActionsForNonRootUser',
        Effect: 'Deny',
        Action: ['sqs:SetQueueAttributes', 'sqs:GetQueueAttributes', 'sqs:ListQueues', 'sqs:GetQueueUrl'],
        Resource: '*',
        Condition: { StringNotLike: { 'aws:PrincipalArn': ROOT_PRINCIPAL } },
      },
    ],
  },
} as const

export type RootTaskPolicyName = keyof typeof ROOT_TASK_POLICIES

export const ROOT_TASK_POLICY_NAMES = Object.keys(ROOT_TASK_POLICIES) as RootTaskPolicyName[]

/** The task policy an ARN names, in this world's partition, or undefined for any other ARN. */
export function rootTaskPolicyName(arn: string, partition: string): RootTaskPolicyName | undefined {
  const prefix = `arn:${partition}:iam::aws:policy/root-task/`
  if (!arn.startsWith(prefix)) return undefined
  const name = arn.slice(prefix.length)
  return (ROOT_TASK_POLICY_NAMES as readonly string[]).includes(name) ? (name as RootTaskPolicyName) : undefined
}

const parsed = new Map<string, Policy>()

/**
 * A root-task policy as the policy engine reads it, for requests made with an AssumeRoot session:
 * its Deny statements are what limits the otherwise all-powerful root user.
 */
export function rootTaskPolicy(arn: string, partition: string): Policy | undefined {
  const name = rootTaskPolicyName(arn, partition)
  if (!name) return undefined
  let policy = parsed.get(name)
  if (!policy) {
    const result = parsePolicy(ROOT_TASK_POLICIES[name], 'session', `${name} (root-task policy)`)
    if (!result.ok) throw new Error(`The ${name} task policy does not parse`)
    policy = result.policy
    parsed.set(name, policy)
  }
  return policy
}
