import { assumedRoleArn, federatedUserArn, roleArn, rootArn, userArn } from './principal-arns.ts'

/** Who signed a request: the principal behind a set of credentials. */
export type Principal =
  | { kind: 'root'; partition: string; account: string }
  | { kind: 'user'; partition: string; account: string; name: string; path: string; userId: string }
  | { kind: 'assumed-role'; partition: string; account: string; roleName: string; rolePath: string; roleId: string; sessionName: string }
  | { kind: 'federated-user'; partition: string; account: string; name: string }

/** The three fields of GetCallerIdentity (GetCallerIdentityResult in spec/sts-service-2.json). */
export interface CallerIdentity {
  arn: string
  userId: string
  account: string
}

export function callerIdentity(principal: Principal): CallerIdentity {
  const { partition, account } = principal
  switch (principal.kind) {
    case 'root':
      // Root: UserId is the account id itself (kubeflow/testing#961).
      return { arn: rootArn(partition, account), userId: account, account }
    case 'user':
      // The user ARN carries the path without its leading slash: user/division/bob.
      return { arn: userArn(partition, account, principal.path, principal.name), userId: principal.userId, account }
    case 'assumed-role':
      // No path in the session ARN, service sts, the role's account (IAM User Guide: IAM identifiers; observed against AWS, justincormack/argmin sts_oracle.rs).
      return { arn: assumedRoleArn(partition, account, principal.roleName, principal.sessionName), userId: `${principal.roleId}:${principal.sessionName}`, account }
    case 'federated-user':
      return { arn: federatedUserArn(partition, account, principal.name), userId: `${account}:${principal.name}`, account }
  }
}

/** The ARN a Principal element or aws:PrincipalArn uses: the role ARN (with path) for a role session. */
export function principalArn(principal: Principal): string {
  if (principal.kind === 'assumed-role') return roleArn(principal.partition, principal.account, principal.rolePath, principal.roleName)
  return callerIdentity(principal).arn
}
