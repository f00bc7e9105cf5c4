import { describe, expect, it } from 'vitest'
import { probe } from '../authorization/probe.ts'
import { ALICE } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { worldWith } from '../testing/test-worlds.ts'

// The IAM User Guide's chaining example ("Passing session tags in AWS STS",
// "Chaining roles with session tags"): Role1 gets transitive Star=1 and Heart=1; Role2 (tag Sun=2)
// is assumed without tags; Role3 (tag Star=3) after it.
function chainWorld() {
  const trustAccount = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }] }
  const mayAssume = [{ name: 'Chain', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }] } }]
  const role = (name: string, roleId: string, tags: Record<string, string>) => ({ account: '111111111111', name, path: '/', roleId, maxSessionDuration: 3600, tags, trustPolicy: trustAccount, policies: mayAssume })
  return worldWith({
    roles: [...structuredClone(demoWorld.roles), role('Role1', 'AROARTXV5AHDSROLEONEX', {}), role('Role2', 'AROARTXV5AHDSROLETWOX', { Sun: '2' }), role('Role3', 'AROARTXV5AHDSROLETHRE', { Star: '3' })],
  })
}

function principalTags(keys: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(keys).filter(([k]) => k.startsWith('aws:PrincipalTag/')).map(([k, v]) => [k.slice('aws:PrincipalTag/'.length), v]))
}

describe('fact 47: session tags through a chain of three roles', () => {
  it('keeps transitive tags, adds role tags for one hop only, and lets inherited tags win over role tags', async () => {
    const sts = stsTestClient(chainWorld())
    const assume = async (creds: Parameters<typeof sts.call>[0], role: string, extra: Record<string, unknown> = {}) => {
      const r = await sts.call(creds, 'AssumeRole', { RoleArn: `arn:aws:iam::111111111111:role/${role}`, RoleSessionName: role.toLowerCase(), ...(extra as object) })
      expect(r.status, r.body).toBe(200)
      return credentialsOf(r)
    }
    const role1 = await assume(ALICE, 'Role1', { Tags: [{ Key: 'Star', Value: '1' }, { Key: 'Heart', Value: '1' }], TransitiveTagKeys: ['Star', 'Heart'] })
    const role2 = await assume(role1, 'Role2')
    const role3 = await assume(role2, 'Role3')
    const tagsOf = (creds: typeof role1) => {
      const result = probe(sts.engine, { ...creds, action: 's3:GetObject', resource: '*' }, T0)
      return result.ok ? principalTags(result.keys) : {}
    }
    expect(tagsOf(role2)).toEqual({ Heart: '1', Star: '1', Sun: '2' })
    expect(tagsOf(role3)).toEqual({ Heart: '1', Star: '1' })
  })
})
