import type { World } from '../world/world-schema.ts'

/**
 * The ARNs of IAM principals, in one place: what GetCallerIdentity returns, what a Principal
 * element or aws:PrincipalArn names, and what the app offers (IAM User Guide: IAM identifiers,
 * "IAM ARNs"). Paths are IAM paths, `/` or `/division/`, written between the type and the name:
 * `arn:aws:iam::111111111111:user/division/bob`. A world (or its partition) gives the partition.
 */
export type PartitionSource = string | Pick<World, 'partition'>

function partitionOf(source: PartitionSource): string {
  return typeof source === 'string' ? source : source.partition
}

/** `arn:aws:iam::111111111111:root`: the account's root user (IAM User Guide: IAM identifiers). */
export function rootArn(source: PartitionSource, account: string): string {
  return `arn:${partitionOf(source)}:iam::${account}:root`
}

/** `arn:aws:iam::111111111111:user/division/bob`. */
export function userArn(source: PartitionSource, account: string, path: string, name: string): string {
  return `arn:${partitionOf(source)}:iam::${account}:user${path}${name}`
}

/** `arn:aws:iam::111111111111:role/teams/analytics/ReadOnly`. */
export function roleArn(source: PartitionSource, account: string, path: string, name: string): string {
  return `arn:${partitionOf(source)}:iam::${account}:role${path}${name}`
}

/** A role session: no path, service sts, the role's account (AWS STS API Reference: AssumeRole, AssumedRoleUser; IAM User Guide: IAM identifiers). */
export function assumedRoleArn(source: PartitionSource, account: string, roleName: string, sessionName: string): string {
  return `arn:${partitionOf(source)}:sts::${account}:assumed-role/${roleName}/${sessionName}`
}

/** A GetFederationToken session (AWS STS API Reference: GetFederationToken, FederatedUser). */
export function federatedUserArn(source: PartitionSource, account: string, name: string): string {
  return `arn:${partitionOf(source)}:sts::${account}:federated-user/${name}`
}
