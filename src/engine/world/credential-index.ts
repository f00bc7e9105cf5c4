import type { Principal } from '../identity/principal.ts'
import type { World } from './world-schema.ts'

/** A secret and the principal it belongs to. */
export interface KnownCredential {
  secretAccessKey: string
  /** Set for temporary credentials: the token that must accompany the key. */
  sessionToken?: string
  principal: Principal
}

/** Finds the principal behind an access key id. */
export interface CredentialIndex {
  lookup(accessKeyId: string): KnownCredential | undefined
}

/** Indexes the long-term keys of a world: root keys and IAM user keys. */
export function indexLongTermKeys(world: World): CredentialIndex {
  const byKey = new Map<string, KnownCredential>()
  for (const account of world.accounts) {
    for (const key of account.root.accessKeys) {
      byKey.set(key.accessKeyId, {
        secretAccessKey: key.secretAccessKey,
        principal: { kind: 'root', partition: world.partition, account: account.id },
      })
    }
  }
  for (const user of world.users) {
    for (const key of user.accessKeys) {
      byKey.set(key.accessKeyId, {
        secretAccessKey: key.secretAccessKey,
        principal: { kind: 'user', partition: world.partition, account: user.account, name: user.name, path: user.path, userId: user.userId },
      })
    }
  }
  return { lookup: (accessKeyId) => byKey.get(accessKeyId) }
}
