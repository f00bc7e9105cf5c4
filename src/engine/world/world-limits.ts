import type { WorldProblem } from './world-problem.ts'

/**
 * How large a world file may be: checked before the file is parsed (its text) and before its
 * schema is checked (its counts), so an oversized or hostile file costs little and is refused with
 * the path of what is too big. Generous enough for a world of 1,000 roles and 5,000 policies.
 */
export const WORLD_LIMITS = {
  /** Characters of world-file text: 5,000 policies at IAM's largest managed policy (6,144 characters) fill 30 million. */
  textCharacters: 32 * 1024 * 1024,
  /** Nesting of arrays and objects: the demo world nests 9 deep, a role policy with a multi-valued condition 11; a policy document itself never needs more than 6 levels. */
  depth: 64,
  accounts: 1_000,
  /** IAM User Guide, "IAM and AWS STS quotas": users in an AWS account, 5,000. */
  users: 5_000,
  /** Same page: roles in an AWS account, 5,000 at most (1,000 by default). */
  roles: 5_000,
  samlProviders: 1_000,
  oidcProviders: 1_000,
  /** Inline policies of one user or role: IAM caps their total size (10,240 characters for a role), which no more than a few hundred fit. */
  policiesPerPrincipal: 1_000,
  /** SCPs, and RCPs, of the organization. */
  organizationPolicies: 1_000,
  /** Resources with resource-based policies (resources-schema.ts): S3 buckets, KMS keys, SQS queues, and the objects described in one bucket. */
  s3Buckets: 1_000,
  kmsKeys: 1_000,
  sqsQueues: 1_000,
  objectsPerBucket: 1_000,
  /** Statements of one policy document: more than IAM's largest policy can hold. */
  statementsPerPolicy: 1_000,
} as const

const count = (n: number) => n.toLocaleString('en-US')

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The items of `value` when it is an array (else none: the schema reports its type). */
function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/**
 * Lists longer than WORLD_LIMITS allows, each at its path, found without walking anything else.
 * `input` is anything (the file's JSON, not yet checked against the schema).
 */
export function worldCountProblems(input: unknown): WorldProblem[] {
  const problems: WorldProblem[] = []
  const limit = (value: unknown, path: string, max: number, what: string) => {
    if (Array.isArray(value) && value.length > max) problems.push({ path, message: `has ${count(value.length)} ${what}; a world holds at most ${count(max)}` })
  }
  const statements = (document: unknown, path: string) => {
    if (isRecord(document)) limit(document.Statement, `${path}.Statement`, WORLD_LIMITS.statementsPerPolicy, 'statements')
  }
  const namedPolicies = (owner: Record<string, unknown>, path: string) => {
    limit(owner.policies, `${path}.policies`, WORLD_LIMITS.policiesPerPrincipal, 'policies')
    itemsOf(owner.policies)
      .slice(0, WORLD_LIMITS.policiesPerPrincipal)
      .forEach((policy, i) => isRecord(policy) && statements(policy.document, `${path}.policies[${i}].document`))
    if (isRecord(owner.permissionsBoundary)) statements(owner.permissionsBoundary.document, `${path}.permissionsBoundary.document`)
  }
  if (!isRecord(input)) return problems
  limit(input.accounts, 'accounts', WORLD_LIMITS.accounts, 'accounts')
  limit(input.users, 'users', WORLD_LIMITS.users, 'users')
  limit(input.roles, 'roles', WORLD_LIMITS.roles, 'roles')
  limit(input.samlProviders, 'samlProviders', WORLD_LIMITS.samlProviders, 'SAML providers')
  limit(input.oidcProviders, 'oidcProviders', WORLD_LIMITS.oidcProviders, 'OIDC providers')
  itemsOf(input.users)
    .slice(0, WORLD_LIMITS.users)
    .forEach((user, i) => isRecord(user) && namedPolicies(user, `users[${i}]`))
  itemsOf(input.roles)
    .slice(0, WORLD_LIMITS.roles)
    .forEach((role, i) => {
      if (!isRecord(role)) return
      statements(role.trustPolicy, `roles[${i}].trustPolicy`)
      namedPolicies(role, `roles[${i}]`)
    })
  const organization = input.organization
  if (isRecord(organization)) {
    for (const kind of ['scps', 'rcps'] as const) {
      limit(organization[kind], `organization.${kind}`, WORLD_LIMITS.organizationPolicies, kind === 'scps' ? 'SCPs' : 'RCPs')
      itemsOf(organization[kind])
        .slice(0, WORLD_LIMITS.organizationPolicies)
        .forEach((policy, i) => isRecord(policy) && statements(policy.document, `organization.${kind}[${i}].document`))
    }
  }
  return problems
}
