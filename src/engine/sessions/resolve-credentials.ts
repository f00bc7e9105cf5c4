import type { Principal } from '../identity/principal.ts'
import type { World } from '../world/world-schema.ts'
import type { Session } from './session.ts'
import { jsHashing, type Hashing } from '../auth/hashing.ts'
import { openSession } from './session-token.ts'
import { secretForAccessKey } from './temporary-credentials.ts'

/** The credentials behind an access key id, or why there are none. */
export type ResolvedCredentials =
  | { ok: true; secretAccessKey: string; principal: Principal; session?: Session }
  | { ok: false; reason: 'unknown-key' | 'token-with-long-term-key' | 'token-missing' | 'token-invalid' | 'token-for-another-key' | 'role-gone'; detail: string }

export interface CredentialResolver {
  resolve(accessKeyId: string, securityToken: string | undefined): ResolvedCredentials
}

/** The principal a session acts as. */
export function sessionPrincipal(session: Session): Principal {
  const base = { partition: session.partition, account: session.account }
  if (session.role) {
    return { kind: 'assumed-role', ...base, roleName: session.role.name, rolePath: session.role.path, roleId: session.role.roleId, sessionName: session.role.sessionName }
  }
  if (session.federatedName !== undefined) return { kind: 'federated-user', ...base, name: session.federatedName }
  if (session.user && 'root' in session.user) return { kind: 'root', ...base }
  const user = session.user ?? { name: '', path: '/', userId: '' }
  return { kind: 'user', ...base, name: user.name, path: user.path, userId: user.userId }
}

const OPENED_TOKEN_LIMIT = 256

interface OpenedToken {
  session: Session
  secretAccessKey: string
  principal: Principal
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}

/**
 * Long-term keys come from the world; temporary keys are recognised by their session token, which
 * the engine sealed when it issued them (sessions/session-token.ts). Sessions of a role that was
 * deleted, or deleted and created again (a new role id), are no longer valid (observed against AWS, justincormack/argmin sts_oracle.rs).
 */
export function credentialResolver(world: World, sessionKey: Uint8Array, hashing: Hashing = jsHashing): CredentialResolver {
  const longTerm = new Map<string, { secretAccessKey: string; principal: Principal }>()
  for (const account of world.accounts) {
    for (const key of account.root.accessKeys) {
      longTerm.set(key.accessKeyId, { secretAccessKey: key.secretAccessKey, principal: { kind: 'root', partition: world.partition, account: account.id } })
    }
  }
  for (const user of world.users) {
    for (const key of user.accessKeys) {
      longTerm.set(key.accessKeyId, {
        secretAccessKey: key.secretAccessKey,
        principal: { kind: 'user', partition: world.partition, account: user.account, name: user.name, path: user.path, userId: user.userId },
      })
    }
  }
  // Tokens this resolver opened, by token. A session's token comes with every request the session
  // signs, and opening it (base64, an HMAC, JSON) and deriving its secret (another HMAC) cost more
  // than the rest of such a request. What is kept is what those pure functions of the token and this
  // engine's key gave, frozen; whether the role still exists is checked on every request. Bounded:
  // the oldest entry goes first.
  const opened = new Map<string, OpenedToken>()
  const openToken = (token: string): OpenedToken | undefined => {
    const known = opened.get(token)
    if (known) return known
    const session = openSession(token, sessionKey, hashing)
    if (!session) return undefined
    const entry = deepFreeze({ session, secretAccessKey: secretForAccessKey(session.accessKeyId, sessionKey, hashing), principal: sessionPrincipal(session) })
    if (opened.size >= OPENED_TOKEN_LIMIT) opened.delete(opened.keys().next().value ?? '')
    opened.set(token, entry)
    return entry
  }
  const roleIds = new Set(world.roles.map((role) => `${role.account}:${role.name.toLowerCase()}:${role.roleId}`))

  return {
    resolve(accessKeyId, securityToken) {
      const known = longTerm.get(accessKeyId)
      if (known) {
        return securityToken === undefined
          ? { ok: true, ...known }
          : { ok: false, reason: 'token-with-long-term-key', detail: `${accessKeyId} is a long-term key, yet the request carries X-Amz-Security-Token.` }
      }
      if (!accessKeyId.startsWith('ASIA')) return { ok: false, reason: 'unknown-key', detail: `No credentials with access key id ${accessKeyId} exist in this world.` }
      if (securityToken === undefined) {
        return { ok: false, reason: 'token-missing', detail: `${accessKeyId} is a temporary key: its session token must be sent as X-Amz-Security-Token.` }
      }
      const opened = openToken(securityToken)
      if (!opened) return { ok: false, reason: 'token-invalid', detail: 'The X-Amz-Security-Token is not a token this STS issued, or it was altered.' }
      const { session } = opened
      if (session.accessKeyId !== accessKeyId) {
        return { ok: false, reason: 'token-for-another-key', detail: `The X-Amz-Security-Token belongs to ${session.accessKeyId}, not to ${accessKeyId}.` }
      }
      if (session.role && !roleIds.has(`${session.account}:${session.role.name.toLowerCase()}:${session.role.roleId}`)) {
        return { ok: false, reason: 'role-gone', detail: `The role ${session.role.name} (id ${session.role.roleId}) no longer exists: its sessions are invalid.` }
      }
      return { ok: true, secretAccessKey: opened.secretAccessKey, principal: opened.principal, session }
    },
  }
}
