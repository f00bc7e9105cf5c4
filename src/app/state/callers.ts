// Who can sign a request: the world's principals with long-term keys, the credentials issued in this
// browser (the wallet), and `anonymous` for the two operations that are sent unsigned.
import type { Principal, World } from '../engine/types.ts'
import { rootArn, userArn } from '../engine/world-model.ts'
import type { SigningCredentials } from '../engine/sign-query-request.ts'
import type { WalletEntry } from './wallet.ts'

export const ANONYMOUS = 'anonymous'

export type CallerOption =
  | { kind: 'long-term'; id: string; arn: string; name: string; account: string; credentials: SigningCredentials }
  | { kind: 'session'; id: string; arn: string; account: string; credentials: Required<SigningCredentials>; entry: WalletEntry }
  | { kind: 'anonymous'; id: typeof ANONYMOUS; arn: undefined; credentials: undefined }

export type LongTermCaller = Extract<CallerOption, { kind: 'long-term' }>

export interface CallerGroup {
  label: string
  callers: CallerOption[]
}

/** Root users' keys first, then each user's keys, grouped by account in world order. */
export function longTermCallers(world: World): LongTermCaller[] {
  return world.accounts.flatMap((account) => {
    const root: LongTermCaller[] = account.root.accessKeys.map((key) => ({
      kind: 'long-term',
      id: key.accessKeyId,
      arn: rootArn(world, account.id),
      name: 'root',
      account: account.id,
      credentials: key,
    }))
    const users = world.users
      .filter((u) => u.account === account.id)
      .flatMap((user) =>
        user.accessKeys.map((key): LongTermCaller => ({
          kind: 'long-term',
          id: key.accessKeyId,
          arn: userArn(world, account.id, user.path, user.name),
          name: user.name,
          account: account.id,
          credentials: key,
        })),
      )
    return [...root, ...users]
  })
}

function sessionCaller(entry: WalletEntry): CallerOption {
  return {
    kind: 'session',
    id: entry.accessKeyId,
    arn: entry.arn,
    account: entry.account,
    credentials: { accessKeyId: entry.accessKeyId, secretAccessKey: entry.secretAccessKey, sessionToken: entry.sessionToken },
    entry,
  }
}

export const anonymousCaller: CallerOption = { kind: 'anonymous', id: ANONYMOUS, arn: undefined, credentials: undefined }

/** The groups of the Caller control: one per account, then the wallet (newest first), then anonymous. */
export function callerGroups(world: World, wallet: readonly WalletEntry[]): CallerGroup[] {
  const longTerm = longTermCallers(world)
  const groups: CallerGroup[] = world.accounts
    .map((account) => ({ label: `Account ${account.id} (${account.alias}): long-term keys`, callers: longTerm.filter((c) => c.account === account.id) as CallerOption[] }))
    .filter((group) => group.callers.length > 0)
  if (wallet.length > 0) groups.push({ label: 'Issued in this browser', callers: [...wallet].reverse().map(sessionCaller) })
  groups.push({ label: 'No credentials', callers: [anonymousCaller] })
  return groups
}

export function findCaller(groups: readonly CallerGroup[], id: string): CallerOption | undefined {
  for (const group of groups) {
    const found = group.callers.find((caller) => caller.id === id)
    if (found) return found
  }
  return undefined
}

function utcTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC'
}

/** The option text: stable while time passes (the live countdown is in the hint, not here). */
export function callerOptionLabel(caller: CallerOption, nowMs: number): string {
  switch (caller.kind) {
    case 'long-term':
      return `${caller.arn} (${caller.id})`
    case 'session':
      // GetSessionToken's credentials act as the user itself: say it is a session, or it reads as the long-term key.
      return `${caller.entry.issuedBy === 'GetSessionToken' ? `session of ${caller.arn} from GetSessionToken` : caller.arn} (${caller.id}), ${caller.entry.expiresAt <= nowMs ? 'expired' : `until ${utcTime(caller.entry.expiresAt)}`}`
    case 'anonymous':
      return 'anonymous (unsigned request)'
  }
}

/** The access key ids of the world's long-term keys (a share link never carries issued credentials). */
export function longTermCallerIds(world: World): Set<string> {
  return new Set(longTermCallers(world).map((caller) => caller.id))
}

/**
 * The kind of principal a caller signs as, as the engine names it (root, user, assumed-role,
 * federated-user): what decides role chaining and the root user's session limits. Undefined for
 * anonymous. A session is what its issuing operation gives: a role session for AssumeRole*, a
 * federated user for GetFederationToken, otherwise (GetSessionToken, AssumeRoot) the user or root.
 */
export function callerKind(world: World, caller: CallerOption | undefined): Principal['kind'] | undefined {
  if (caller === undefined || caller.kind === 'anonymous') return undefined
  if (caller.kind === 'session') {
    if (caller.entry.issuedBy.startsWith('AssumeRoleWith') || caller.entry.issuedBy === 'AssumeRole') return 'assumed-role'
    if (caller.entry.issuedBy === 'GetFederationToken') return 'federated-user'
  }
  return caller.arn === rootArn(world, caller.account) ? 'root' : 'user'
}
