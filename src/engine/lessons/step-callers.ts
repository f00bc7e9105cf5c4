import type { WorldAccessKey } from '../world/world-schema.ts'
import type { World } from '../world/world-schema.ts'
import { rootArn, userArn } from '../identity/principal-arns.ts'
import type { ExperimentKeys } from '../compare/sign-experiment.ts'
import type { SavedItems } from './saved-items.ts'

/** Who a step acts as: keys to sign with (none: unsigned), the label its attempts carry, and its id. */
export interface StepCaller {
  keys?: ExperimentKeys
  /** The caller's ARN, or `anonymous`. */
  label: string
  /** The access key id, or `anonymous`. */
  id: string
}

/** The account a `…root` caller names: `root` is the workload account's, `ALIAS-root` another account's. */
function rootAccountAlias(name: string): string | undefined {
  if (name === 'root') return 'workload'
  return name.endsWith('-root') ? name.slice(0, -'-root'.length) : undefined
}

function withKey(key: WorldAccessKey | undefined, label: string): StepCaller | undefined {
  return key ? { keys: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }, label, id: key.accessKeyId } : undefined
}

/** A principal of the world by the name lessons use: an IAM user's name, `root`, `ALIAS-root`; their first access key. */
function worldCaller(world: World, name: string): StepCaller | undefined {
  const user = world.users.find((candidate) => candidate.name === name)
  if (user) return withKey(user.accessKeys[0], userArn(world, user.account, user.path, user.name))
  const alias = rootAccountAlias(name)
  const account = alias === undefined ? undefined : world.accounts.find((candidate) => candidate.alias === alias)
  return account ? withKey(account.root.accessKeys[0], rootArn(world, account.id)) : undefined
}

/**
 * Resolves a step's `as`: `anonymous` (unsigned), a user or root user of the world (alice, bob,
 * vendor-bot, root, production-root: their long-term access key as the world holds it), else
 * credentials an earlier step saved under that name. Undefined when it names none of these.
 */
export function stepCaller(name: string, world: World, saved: SavedItems): StepCaller | undefined {
  if (name === 'anonymous') return { label: 'anonymous', id: 'anonymous' }
  const principal = worldCaller(world, name)
  if (principal) return principal
  const item = saved[name]
  if (item && 'credentials' in item) return { keys: item.credentials, label: item.arn ?? item.credentials.accessKeyId, id: item.credentials.accessKeyId }
  return undefined
}
