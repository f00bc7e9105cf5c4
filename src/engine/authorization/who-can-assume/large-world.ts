// Test helper: the demo world with 1,000 more roles in account 111111111111, each trusting the
// account and allowed to assume any role (every role session is a candidate for role chaining).
import { worldChangedBy } from '../../testing/test-worlds.ts'
import type { World } from '../../world/world-schema.ts'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function roleId(n: number): string {
  let id = ''
  for (let rest = n, i = 0; i < 17; i += 1, rest = Math.floor(rest / 32)) id = BASE32[rest % 32] + id
  return `AROA${id}`
}

export const LARGE_WORLD_ROLES = 1_000

export function largeWorld(): World {
  return worldChangedBy((world) => {
    for (let n = 0; n < LARGE_WORLD_ROLES; n += 1) {
      world.roles.push({
        account: '111111111111',
        name: `Generated${n}`,
        path: '/generated/',
        roleId: roleId(n),
        maxSessionDuration: 3600,
        tags: {},
        trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'sts:AssumeRole' }] },
        policies: [{ name: 'Chain', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: n % 2 === 0 ? '*' : 'arn:aws:iam::111111111111:role/Nothing' }] } }],
      })
    }
  })
}
