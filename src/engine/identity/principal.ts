/** Who signed a request: the principal behind a set of credentials. */
export type Principal =
  | { kind: 'root'; partition: string; account: string }
  | { kind: 'user'; partition: string; account: string; name: string; path: string; userId: string }

/** The three fields of GetCallerIdentity (sts-facts §3.3). */
export interface CallerIdentity {
  arn: string
  userId: string
  account: string
}

export function callerIdentity(principal: Principal): CallerIdentity {
  switch (principal.kind) {
    case 'root':
      // Root: UserId is the account id itself (sts-facts §3.3, fact 82).
      return { arn: `arn:${principal.partition}:iam::${principal.account}:root`, userId: principal.account, account: principal.account }
    case 'user':
      // The user ARN carries the path without its leading slash: user/division/bob.
      return {
        arn: `arn:${principal.partition}:iam::${principal.account}:user${principal.path}${principal.name}`,
        userId: principal.userId,
        account: principal.account,
      }
  }
}
