// Test helper: variations of the demo world, validated like any world file.
import { demoWorld } from '../world/demo-world.ts'
import { parseWorld } from '../world/parse-world.ts'
import type { World } from '../world/world-schema.ts'

/** The demo world with top-level sections replaced or added (an organization, more roles…). */
export function worldWith(changes: Record<string, unknown>): World {
  const parsed = parseWorld({ ...structuredClone(demoWorld), ...changes })
  if (!parsed.ok) throw new Error(`invalid test world: ${JSON.stringify(parsed.problems)}`)
  return parsed.world
}

/** The demo world with extra statements in alice's AliceAccess policy. */
export function aliceAlso(...statements: Record<string, unknown>[]): World {
  const users = structuredClone(demoWorld.users) as unknown as { name: string; policies: { document: { Statement: unknown[] } }[] }[]
  users.find((u) => u.name === 'alice')?.policies[0]?.document.Statement.push(...statements)
  return worldWith({ users })
}

/** The demo world as changed by a function that edits a copy of it in place. */
export function worldChangedBy(change: (world: World) => void): World {
  const copy = structuredClone(demoWorld)
  change(copy)
  const parsed = parseWorld(copy)
  if (!parsed.ok) throw new Error(`invalid test world: ${JSON.stringify(parsed.problems)}`)
  return parsed.world
}

/** An IAM user of the production account (222222222222), the management account of test organizations, with these policy statements. */
export function orgAdminUser(statements: unknown[]) {
  return {
    account: '222222222222',
    name: 'org-admin',
    path: '/',
    userId: 'AIDATHPL2AOHORGADMIN2',
    tags: {},
    accessKeys: [{ accessKeyId: 'AKIATHPL2AOHORGADMN7', secretAccessKey: 'OrgAdm1nSecretKeyUsedOnlyInTests+0123456' }],
    mfaDevices: [],
    policies: [{ name: 'OrgAdmin', document: { Version: '2012-10-17', Statement: statements } }],
  }
}
