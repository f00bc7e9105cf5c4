import type { WorldProblem } from '../world-problem.ts'
import type { World } from '../world-schema.ts'
import { policyAttachments } from './policy-attachments.ts'

/**
 * IAM DeletePolicy on a policy still attached to a user or role (as a permissions policy or as a
 * permissions boundary) fails with DeleteConflict, "Cannot delete a policy attached to entities."
 * (IAM API Reference, DeletePolicy: "you must detach the policy from all users, groups, and roles
 * that it is attached to"): one problem per attachment, at its path.
 */
export function attachedPolicyProblems(world: World, policyArn: string): WorldProblem[] {
  return policyAttachments(world, policyArn).map((a) => ({
    path: a.path,
    message: `DeleteConflict: Cannot delete a policy attached to entities: attached to ${a.entity} ${a.name}${a.as === 'boundary' ? ' as its permissions boundary' : ''}`,
  }))
}

/**
 * Organizations DeletePolicy on an SCP or RCP that is still attached fails with
 * PolicyInUseException (AWS Organizations API Reference, DeletePolicy: "you must first detach the
 * policy from all organizational units (OUs), roots, and accounts"): one problem per target.
 */
export function policyInUseProblems(world: World, section: 'scps' | 'rcps', index: number): WorldProblem[] {
  const policy = world.organization?.[section][index]
  return (policy?.targets ?? []).map((target, k) => ({
    path: `organization.${section}[${index}].targets[${k}]`,
    message: `PolicyInUseException: The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation. (attached to ${target === 'root' ? 'the organization root' : `account ${target}`})`,
  }))
}

/**
 * An account that still holds users, roles, managed policies, identity providers or resources
 * cannot go (AWS closes an account with everything in it; the playground asks the learner to
 * delete them first, so nothing disappears unseen). The management account of the organization
 * cannot leave it (AWS Organizations User Guide, "Closing a member account in your organization":
 * only member accounts are closed this way). One problem per thing still there.
 */
export function accountInUseProblems(world: World, account: string): WorldProblem[] {
  const problems: WorldProblem[] = []
  const still = (path: string, what: string) => problems.push({ path, message: `account ${account} still has ${what}: delete it first` })
  world.users.forEach((u, i) => u.account === account && still(`users[${i}]`, `user ${u.name}`))
  world.roles.forEach((r, i) => r.account === account && still(`roles[${i}]`, `role ${r.name}`))
  ;(world.managedPolicies ?? []).forEach((p, i) => p.account === account && still(`managedPolicies[${i}]`, `managed policy ${p.name}`))
  world.samlProviders.forEach((p, i) => p.account === account && still(`samlProviders[${i}]`, `SAML provider ${p.name}`))
  world.oidcProviders.forEach((p, i) => p.account === account && still(`oidcProviders[${i}]`, `OIDC provider ${p.url}`))
  ;(world.resources?.s3Buckets ?? []).forEach((b, i) => b.account === account && still(`resources.s3Buckets[${i}]`, `bucket ${b.name}`))
  ;(world.resources?.kmsKeys ?? []).forEach((k, i) => k.account === account && still(`resources.kmsKeys[${i}]`, `KMS key ${k.id}`))
  ;(world.resources?.sqsQueues ?? []).forEach((q, i) => q.account === account && still(`resources.sqsQueues[${i}]`, `queue ${q.name}`))
  const org = world.organization
  if (org?.managementAccount === account) problems.push({ path: 'organization.managementAccount', message: `account ${account} is the organization's management account: it cannot leave the organization` })
  return problems
}
