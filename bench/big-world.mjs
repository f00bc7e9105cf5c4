// A world of the size the World view must stay quick with: the demo world plus 1,000 roles and
// 5,000 customer managed policies (each role has up to five of them attached). Deterministic, so
// runs compare; written compactly (about 2 MB), under the 4 MiB a world file may have.
import { readFileSync } from 'node:fs'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
/** 17 base32 characters spelling `n`: one id per number, the same from run to run. */
function id17(n) {
  let text = ''
  for (let i = 0; i < 17; i++, n = Math.floor(n / 32)) text += BASE32[n % 32]
  return text
}

export function bigWorld({ roles = 1000, policies = 5000 } = {}) {
  const world = JSON.parse(readFileSync(new URL('../src/engine/world/demo-world.json', import.meta.url), 'utf8'))
  const account = '111111111111'
  world.name = `Big world (${roles.toLocaleString('en-US')} roles, ${policies.toLocaleString('en-US')} policies)`
  world.managedPolicies = Array.from({ length: policies }, (_, n) => ({
    account,
    name: `team-${String(n).padStart(4, '0')}-access`,
    path: `/teams/t${n % 50}/`,
    defaultVersionId: 'v1',
    versions: [{ versionId: 'v1', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::team-${n}`, `arn:aws:s3:::team-${n}/*`] }] } }],
  }))
  const taken = new Set(world.roles.map((role) => role.roleId))
  for (let n = 0; n < roles; n++) {
    let roleId = `AROA${id17(n)}`
    for (let k = 1; taken.has(roleId); k++) roleId = `AROA${id17(n + k * roles)}`
    taken.add(roleId)
    world.roles.push({
      account,
      name: `service-role-${String(n).padStart(4, '0')}`,
      path: `/services/s${n % 40}/`,
      roleId,
      maxSessionDuration: 3600 + (n % 12) * 3600,
      tags: { team: `t${n % 50}` },
      trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }] },
      policies: [],
      managedPolicyArns: Array.from({ length: n % 6 }, (_, k) => {
        const p = world.managedPolicies[(n * 5 + k) % policies]
        return `arn:aws:iam::${account}:policy${p.path}${p.name}`
      }),
    })
  }
  return world
}
