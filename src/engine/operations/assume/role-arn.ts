import { worldPolicy } from '../../authorization/world-policies.ts'
import { faults, type StsFault } from '../../errors/faults.ts'
import type { Policy } from '../../policy/policy-types.ts'
import type { World, WorldRole } from '../../world/world-schema.ts'

/**
 * After model validation AWS checks that RoleArn has the shape arn:partition:service:region:account:resource
 * with non-empty partition, service and resource; otherwise ValidationError "<value> is invalid"
 * (LocalStack STS snapshots recorded against AWS; justincormack/argmin sts_oracle.rs). Partition and service are not checked against real values.
 */
export function roleArnShapeFault(roleArn: string): StsFault | undefined {
  const parts = roleArn.split(':')
  const ok = parts.length >= 6 && parts[0] === 'arn' && parts[1] !== '' && parts[2] !== '' && parts.slice(5).join(':') !== ''
  return ok ? undefined : faults.validationError(`${roleArn} is invalid`)
}

/** The world's role an ARN names (path included, role names compared case-insensitively as IAM does), if any. */
export function findRole(world: World, roleArn: string): WorldRole | undefined {
  const match = /^arn:([^:]+):iam::(\d{12}):role(\/.*)$/.exec(roleArn)
  if (!match || match[1] !== world.partition) return undefined
  const [, , account, pathAndName = ''] = match
  const slash = pathAndName.lastIndexOf('/')
  const path = pathAndName.slice(0, slash + 1)
  const name = pathAndName.slice(slash + 1)
  return world.roles.find((role) => role.account === account && role.path === path && role.name.toLowerCase() === name.toLowerCase())
}

/** The role's trust policy; a missing role or an unreadable trust policy trusts nobody (an empty policy). */
export function trustPolicyOf(role: WorldRole | undefined): Policy {
  const name = role ? `trust policy of ${role.name}` : 'no such role'
  return (role && worldPolicy(role.trustPolicy, 'trust', name)) ?? { kind: 'trust', version: '2012-10-17', statements: [], name }
}

/** The account a role ARN names (the role's own when it exists). */
export function roleAccountOf(role: WorldRole | undefined, roleArn: string): string {
  return role?.account ?? /^arn:[^:]+:iam::(\d{12}):/.exec(roleArn)?.[1] ?? ''
}
