import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../../engine/index.ts'
import { addPolicy, removePolicy, replacePolicy, setOrganization } from './organization-model.ts'
import { newOrgPolicy, orgPolicyDraftOf, orgPolicyFrom, targetChoices, toggleTarget } from './org-policy-draft.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

const org = demoWorld.organization!
const scp = org.scps[1]!

describe('an SCP or RCP draft', () => {
  it('round-trips: an untouched draft is the same policy', () => {
    const edit = orgPolicyFrom(scp, orgPolicyDraftOf(scp), 'scp', 'organization.scps[1]')
    expect(edit.problems).toEqual([])
    expect(sameValue(edit.policy, scp)).toBe(true)
  })

  it('reports text that is not JSON at the document, and keeps the original document meanwhile', () => {
    const edit = orgPolicyFrom(scp, { ...orgPolicyDraftOf(scp), document: '{ "Version": ' }, 'scp', 'organization.scps[1]')
    expect(edit.problems).toHaveLength(1)
    expect(edit.problems[0]?.path).toBe('organization.scps[1].document')
    expect(edit.problems[0]?.message).toMatch(/^not valid JSON/)
    expect(edit.policy.document).toBe(scp.document)
  })

  it('reports what the policy parser refuses, under the document', () => {
    const rcpWithoutPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] })
    const edit = orgPolicyFrom(scp, { ...orgPolicyDraftOf(scp), document: rcpWithoutPrincipal }, 'rcp', 'organization.rcps[0]')
    expect(edit.problems.length).toBeGreaterThan(0)
    expect(hasProblemAt(edit.problems, 'organization.rcps[0].document')).toBe(true)
    expect(edit.problems.every((p) => p.path.startsWith('organization.rcps[0].document.'))).toBe(true)
  })

  it('takes a renamed policy, a new document and new targets', () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }
    const draft = { name: 'NoIam', document: JSON.stringify(document), targets: toggleTarget(['root'], '111111111111', true) }
    const edit = orgPolicyFrom(scp, draft, 'scp', 'organization.scps[1]')
    expect(edit.policy).toEqual({ name: 'NoIam', document, targets: ['root', '111111111111'] })
    expect(checkWorld(replacePolicy(demoWorld, org, 'scp', 1, edit.policy)).ok).toBe(true)
  })

  it('reports a name IAM would refuse with the path parseWorld gives', () => {
    const edit = orgPolicyFrom(scp, { ...orgPolicyDraftOf(scp), name: 'has space' }, 'scp', 'organization.scps[1]')
    const check = checkWorld(replacePolicy(demoWorld, org, 'scp', 1, edit.policy), edit.problems)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.map((p) => p.path)).toContain('organization.scps[1].name')
  })

  it('unticks a target and offers the root, the members and any target left behind', () => {
    expect(toggleTarget(['root', '111111111111'], 'root', false)).toEqual(['111111111111'])
    expect(targetChoices(org, ['root', '444444444444'])).toEqual(['root', '111111111111', '222222222222', '333333333333', '444444444444'])
  })
})

describe('adding and removing SCPs and RCPs', () => {
  it('adds valid starters under free names, attached nowhere', () => {
    const first = newOrgPolicy(org, 'rcp')
    expect(first.name).toBe('NewRcp')
    expect(first.targets).toEqual([])
    const world = addPolicy(demoWorld, org, 'rcp', first)
    expect(world.organization?.rcps).toHaveLength(1)
    expect(checkWorld(world).ok).toBe(true)
    expect(newOrgPolicy(world.organization!, 'rcp').name).toBe('NewRcp2')
    for (const kind of ['scp', 'rcp'] as const) {
      const policy = newOrgPolicy(org, kind)
      expect(orgPolicyFrom(policy, orgPolicyDraftOf(policy), kind, 'p').problems).toEqual([])
    }
  })

  it('removes one policy and leaves the rest of the world alone', () => {
    const world = removePolicy(demoWorld, org, 'scp', 0)
    expect(world.organization?.scps.map((p) => p.name)).toEqual(['ProtectAuditTrail'])
    expect(world.organization?.rcps).toBe(org.rcps)
    expect(world.users).toBe(demoWorld.users)
    expect(demoWorld.organization?.scps).toHaveLength(2)
  })

  it('removes the organization', () => {
    expect(setOrganization(demoWorld, undefined)).not.toHaveProperty('organization')
  })
})
