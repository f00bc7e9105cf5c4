import * as v from 'valibot'

/**
 * Managed policies in the world file (added to format version 1 as optional fields, so files
 * written before them still load):
 *
 * - `managedPolicies`: customer managed policies, each in an account with a path and a name, so
 *   its ARN is `arn:<partition>:iam::<account>:policy<path><name>` (IAM User Guide, "IAM
 *   identifiers"), and with its versions, one of them the default (IAM User Guide, "Versioning IAM
 *   policies": up to five versions, one default; only the default is ever evaluated).
 * - On users and roles, `managedPolicyArns`: the managed policies attached to them (customer
 *   managed ones of the same account, or AWS managed `arn:aws:iam::aws:policy/…`), and
 *   `permissionsBoundaryArn`: a managed policy used as the permissions boundary (IAM User Guide,
 *   "Permissions boundaries for IAM entities": "Use a managed policy to set the boundary").
 *
 * References are checked by parseWorld (managed-policy-references.ts).
 */

const accountId = v.pipe(v.string(), v.regex(/^\d{12}$/, 'must be a 12-digit account id'))
const name = v.pipe(v.string(), v.regex(/^[\w+=,.@-]{1,128}$/, 'must be 1-128 characters of letters, digits and + = , . @ _ -'))
const iamPath = v.pipe(v.string(), v.regex(/^\/([\x21-\x7e]+\/)?$/, "must start and end with '/'"))
const versionId = v.pipe(v.string(), v.regex(/^v[1-9]\d*$/, 'must be v followed by a number, e.g. v1'))

/** A managed policy's ARN: a customer managed one (`arn:aws:iam::111122223333:policy/…`) or an AWS managed one (`arn:aws:iam::aws:policy/…`). */
export const managedPolicyArn = v.pipe(
  v.string(),
  v.regex(/^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}|aws):policy\/([\x21-\x7e]+\/)?[\w+=,.@-]{1,128}$/, 'must be a managed policy ARN: arn:aws:iam::ACCOUNT:policy/PATH/NAME or arn:aws:iam::aws:policy/NAME'),
)

/** IAM User Guide, "Versioning IAM policies": "A managed policy can have up to five versions". */
export const MANAGED_POLICY_MAX_VERSIONS = 5

export const customerManagedPolicy = v.pipe(
  v.object({
    account: accountId,
    name,
    path: iamPath,
    description: v.optional(v.string()),
    /** Which of `versions` is in force. */
    defaultVersionId: versionId,
    versions: v.pipe(
      v.array(v.object({ versionId, document: v.unknown() })),
      v.minLength(1, 'must have at least one version'),
      v.maxLength(MANAGED_POLICY_MAX_VERSIONS, `a managed policy has at most ${MANAGED_POLICY_MAX_VERSIONS} versions`),
      v.check((versions) => new Set(versions.map((x) => x.versionId)).size === versions.length, 'each versionId may appear once'),
    ),
  }),
  v.forward(
    v.check((policy) => policy.versions.some((x) => x.versionId === policy.defaultVersionId), 'must name one of versions'),
    ['defaultVersionId'],
  ),
)

/** The fields users and roles gain. */
export const managedPolicyAttachments = {
  /** Managed policies attached to the user or role (IAM: "10 managed policies per user or role" by default; up to 20). */
  managedPolicyArns: v.optional(v.pipe(v.array(managedPolicyArn), v.maxLength(20, 'IAM attaches at most 20 managed policies to a user or role'))),
  /** A managed policy used as the permissions boundary; an alternative to an inline `permissionsBoundary`. */
  permissionsBoundaryArn: v.optional(managedPolicyArn),
}

/** The top-level field. */
export const managedPoliciesField = {
  /** Customer managed policies. Optional: a world without it has none. */
  managedPolicies: v.optional(v.array(customerManagedPolicy)),
}

export type WorldManagedPolicy = v.InferOutput<typeof customerManagedPolicy>
