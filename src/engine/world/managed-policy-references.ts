import { AWS_MANAGED_POLICY_ARN, type AwsManagedPolicies } from '../policy/managed/aws-managed-policies.ts'
import type { WorldManagedPolicy } from './managed-policies-schema.ts'
import type { WorldProblem } from './world-problem.ts'
import type { World } from './world-schema.ts'

/** How many customer managed policies a world may hold (IAM User Guide, "IAM and AWS STS quotas": customer managed policies in an AWS account, 1,500 by default, at most 5,000). */
export const MANAGED_POLICIES_LIMIT = 5_000

/** `arn:<partition>:iam::<account>:policy<path><name>` (IAM User Guide, "IAM identifiers"). */
export function customerManagedPolicyArn(partition: string, policy: Pick<WorldManagedPolicy, 'account' | 'path' | 'name'>): string {
  return `arn:${partition}:iam::${policy.account}:policy${policy.path}${policy.name}`
}

/** The length of `managedPolicies`, checked before the schema like the other lists (world-limits.ts). */
export function managedPolicyCountProblems(input: unknown): WorldProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return []
  const list = (input as Record<string, unknown>).managedPolicies
  if (!Array.isArray(list) || list.length <= MANAGED_POLICIES_LIMIT) return []
  return [{ path: 'managedPolicies', message: `has ${list.length.toLocaleString('en-US')} managed policies; a world holds at most ${MANAGED_POLICIES_LIMIT.toLocaleString('en-US')}` }]
}

/**
 * What the schema cannot see about managed policies: each policy's account exists and its name is
 * used once in that account ("Policy names must be unique within an account", compared without
 * case like other IAM names); each attachment and boundary names a policy that exists, in the
 * same account as the user or role (IAM attaches only its own account's customer managed
 * policies) or AWS managed, in the world's partition; a user or role has one boundary, not both
 * an inline and a managed one. AWS managed ARNs are looked up in `aws` when given (the built-in
 * set loads asynchronously: loadAwsManagedPolicies); without it only their shape is checked.
 */
export function managedPolicyProblems(world: World, aws?: AwsManagedPolicies): WorldProblem[] {
  const problems: WorldProblem[] = []
  const accounts = new Set(world.accounts.map((account) => account.id))
  const byArn = new Map<string, WorldManagedPolicy>()
  const names = new Map<string, number>()
  ;(world.managedPolicies ?? []).forEach((policy, index) => {
    if (!accounts.has(policy.account)) problems.push({ path: `managedPolicies[${index}].account`, message: `account ${policy.account} is not in accounts` })
    const key = `${policy.account}/${policy.name.toLowerCase()}`
    const earlier = names.get(key)
    if (earlier !== undefined) problems.push({ path: `managedPolicies[${index}].name`, message: `account ${policy.account} already has a managed policy named ${policy.name} (managedPolicies[${earlier}])` })
    else names.set(key, index)
    byArn.set(customerManagedPolicyArn(world.partition, policy), policy)
  })

  const check = (arn: string, account: string, path: string) => {
    const awsManaged = AWS_MANAGED_POLICY_ARN.test(arn)
    const partition = /^arn:([^:]+):/.exec(arn)?.[1]
    if (partition !== world.partition) {
      problems.push({ path, message: `${arn} is in partition ${partition ?? '?'}, but this world is in ${world.partition}` })
      return
    }
    if (awsManaged) {
      if (aws && !aws.find(arn)) problems.push({ path, message: `there is no AWS managed policy ${arn} (${aws.source})` })
      return
    }
    const policy = byArn.get(arn)
    if (!policy) problems.push({ path, message: `there is no managed policy ${arn} in managedPolicies` })
    else if (policy.account !== account) problems.push({ path, message: `${arn} belongs to account ${policy.account}; a user or role of account ${account} can only use its own account's customer managed policies or AWS managed ones` })
  }
  const sections = [
    ['users', world.users],
    ['roles', world.roles],
  ] as const
  for (const [section, entities] of sections) {
    entities.forEach((entity, index) => {
      const seen = new Set<string>()
      ;(entity.managedPolicyArns ?? []).forEach((arn, k) => {
        const path = `${section}[${index}].managedPolicyArns[${k}]`
        if (seen.has(arn)) problems.push({ path, message: `${arn} is already attached` })
        seen.add(arn)
        check(arn, entity.account, path)
      })
      if (entity.permissionsBoundaryArn !== undefined) {
        const path = `${section}[${index}].permissionsBoundaryArn`
        if (entity.permissionsBoundary) problems.push({ path, message: 'a user or role has one permissions boundary: give permissionsBoundary or permissionsBoundaryArn, not both' })
        check(entity.permissionsBoundaryArn, entity.account, path)
      }
    })
  }
  return problems
}

/** Whether anything in the world names an AWS managed policy (so evaluating it needs the built-in set). */
export function worldUsesAwsManagedPolicies(world: World): boolean {
  return [...world.users, ...world.roles].some(
    (entity) => (entity.managedPolicyArns ?? []).some((arn) => AWS_MANAGED_POLICY_ARN.test(arn)) || (entity.permissionsBoundaryArn !== undefined && AWS_MANAGED_POLICY_ARN.test(entity.permissionsBoundaryArn)),
  )
}
