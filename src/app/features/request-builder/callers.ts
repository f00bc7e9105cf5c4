// The principals of a world that can sign requests: every root user and IAM user with a long-term key.
import type { World } from '../../../engine/index.ts'

export interface CallerOption {
  accessKeyId: string
  secretAccessKey: string
  arn: string
  /** A short name: the user name, or `root` for an account's root user. */
  name: string
  account: string
}

export interface CallerGroup {
  account: string
  alias: string
  callers: CallerOption[]
}

/** One group per account, in world order: the root user's keys first, then each user's keys. */
export function callerGroups(world: World): CallerGroup[] {
  return world.accounts
    .map((account) => {
      const callers: CallerOption[] = account.root.accessKeys.map((key) => ({
        ...key,
        arn: `arn:${world.partition}:iam::${account.id}:root`,
        name: 'root',
        account: account.id,
      }))
      for (const user of world.users.filter((u) => u.account === account.id)) {
        for (const key of user.accessKeys) {
          callers.push({ ...key, arn: `arn:${world.partition}:iam::${account.id}:user${user.path}${user.name}`, name: user.name, account: account.id })
        }
      }
      return { account: account.id, alias: account.alias, callers }
    })
    .filter((group) => group.callers.length > 0)
}

/** Every caller, flattened in the order of callerGroups. */
export function allCallers(world: World): CallerOption[] {
  return callerGroups(world).flatMap((group) => group.callers)
}

/** The caller the playground starts with: alice when the world has her, else the first caller. */
export function defaultCaller(callers: readonly CallerOption[]): CallerOption | undefined {
  return callers.find((caller) => caller.name === 'alice') ?? callers[0]
}
