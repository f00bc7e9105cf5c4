import type { Policy } from '../policy/policy-types.ts'
import type { World } from '../world/world-schema.ts'
import { worldPolicy } from './world-policies.ts'

type Levels = Policy[][]

/** A level with nothing attached behaves as the FullAWSAccess policy AWS keeps attached there. */
function fullAccessPolicy(kind: 'scp' | 'rcp'): Policy {
  return {
    kind,
    version: '2012-10-17',
    name: kind === 'scp' ? 'FullAWSAccess' : 'RCPFullAWSAccess',
    statements: [
      {
        index: 0,
        effect: 'Allow',
        action: { negated: false, patterns: ['*'] },
        resource: { negated: false, patterns: ['*'] },
        ...(kind === 'rcp' ? { principal: { negated: false, values: [{ type: '*', value: '*' }] } } : {}),
        conditions: [],
      },
    ],
  }
}

/** One shared object per kind, so the policy engine compiles each once (compiled-policy.ts caches by policy object). */
const FULL_ACCESS = { scp: fullAccessPolicy('scp'), rcp: fullAccessPolicy('rcp') } as const
const fullAccess = (kind: 'scp' | 'rcp'): Policy => FULL_ACCESS[kind]

function levels(world: World, account: string, kind: 'scp' | 'rcp'): Levels | undefined {
  const org = world.organization
  // SCPs and RCPs apply to member accounts only, never to the management account.
  if (!org || !org.accounts.includes(account) || account === org.managementAccount) return undefined
  const attached = kind === 'scp' ? org.scps : org.rcps
  if (attached.length === 0) return undefined
  return ['root', account].map((target) => {
    const here = attached.filter((p) => p.targets.includes(target as 'root')).map((p) => worldPolicy(p.document, kind, p.name))
    const parsed = here.filter((p): p is Policy => p !== undefined)
    // RCPFullAWSAccess is attached everywhere and cannot be detached (AWS Organizations, "Resource
    // control policies"); an SCP level with nothing attached stands for the default FullAWSAccess.
    if (kind === 'rcp') return [fullAccess(kind), ...parsed]
    return parsed.length > 0 ? parsed : [fullAccess(kind)]
  })
}

/** The SCPs that limit principals of an account, one list per level (organization root, then the account). */
export function scpLevels(world: World, principalAccount: string): Levels | undefined {
  return levels(world, principalAccount, 'scp')
}

/** The RCPs that limit access to resources of an account, by level likewise. */
export function rcpLevels(world: World, resourceAccount: string): Levels | undefined {
  return levels(world, resourceAccount, 'rcp')
}

/** aws:PrincipalOrgID for a principal of this account. */
export function organizationIdOf(world: World, account: string): string | undefined {
  return world.organization?.accounts.includes(account) ? world.organization.id : undefined
}
