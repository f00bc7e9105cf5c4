// The name a lesson step acts as (`as`) for a caller of the playground: a user of the world, a root
// user (`root`, `ALIAS-root`), anonymous, or credentials of the wallet saved under a name for the run.
import type { SavedItems } from '../../engine/lessons.ts'
import type { World } from '../../engine/types.ts'
import type { WalletEntry } from '../../state/wallet.ts'

export function walletName(accessKeyId: string): string {
  return `wallet-${accessKeyId}`
}

/** The wallet entry as a saved item, for steps that act as it. */
export function savedWalletEntry(entry: WalletEntry): SavedItems {
  return { [walletName(entry.accessKeyId)]: { credentials: { accessKeyId: entry.accessKeyId, secretAccessKey: entry.secretAccessKey, sessionToken: entry.sessionToken }, arn: entry.arn } }
}

/** The step caller and what must be saved for it; undefined when the caller is gone. */
export function stepCallerFor(callerId: string, world: World, wallet: readonly WalletEntry[]): { as: string; saved: SavedItems } | undefined {
  if (callerId === 'anonymous') return { as: 'anonymous', saved: {} }
  const user = world.users.find((candidate) => candidate.accessKeys.some((key) => key.accessKeyId === callerId))
  if (user) return { as: user.name, saved: {} }
  const account = world.accounts.find((candidate) => candidate.root.accessKeys.some((key) => key.accessKeyId === callerId))
  if (account) return { as: account.alias === 'workload' ? 'root' : `${account.alias}-root`, saved: {} }
  const entry = wallet.find((candidate) => candidate.accessKeyId === callerId)
  return entry === undefined ? undefined : { as: walletName(entry.accessKeyId), saved: savedWalletEntry(entry) }
}
