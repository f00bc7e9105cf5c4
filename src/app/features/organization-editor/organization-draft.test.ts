import { describe, expect, it } from 'vitest'
import { demoWorld, type World } from '../../../engine/index.ts'
import { accountChoices, addMember, newOrganization, newOrganizationId, organizationDraftOf, organizationDraftProblems, organizationFrom, withManagement } from './organization-draft.ts'
import { setOrganization } from './organization-model.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const org = demoWorld.organization!

describe('an organization draft', () => {
  it('round-trips: an untouched draft is the same organization, optional settings left out', () => {
    const again = organizationFrom(org, organizationDraftOf(org))
    expect(sameValue(again, org)).toBe(true)
    expect(again).not.toHaveProperty('centralizedRootAccess')
    expect(again).not.toHaveProperty('delegatedIamAdministrator')
  })

  it('sets and clears centralized root access and the delegated IAM administrator', () => {
    const draft = { ...organizationDraftOf(org), centralizedRootAccess: true, delegatedIamAdministrator: '111111111111' }
    const edited = organizationFrom(org, draft)
    expect(edited).toMatchObject({ centralizedRootAccess: true, delegatedIamAdministrator: '111111111111' })
    expect(edited.scps).toBe(org.scps)
    expect(checkWorld(setOrganization(demoWorld, edited)).ok).toBe(true)
    const cleared = organizationFrom(edited, organizationDraftOf(org))
    expect(cleared).not.toHaveProperty('centralizedRootAccess')
    expect(cleared).not.toHaveProperty('delegatedIamAdministrator')
  })

  it('adds a typed member once, trimmed', () => {
    expect(addMember(['111111111111'], ' 444444444444 ')).toEqual(['111111111111', '444444444444'])
    expect(addMember(['111111111111'], '111111111111')).toEqual(['111111111111'])
  })

  it('reports a typed member that is not an account id, and a delegated administrator that cannot be one', () => {
    const draft = { ...organizationDraftOf(org), accounts: [...org.accounts, '12345'], delegatedIamAdministrator: org.managementAccount }
    expect(organizationDraftProblems(draft)).toEqual([
      { path: 'organization.accounts[3]', message: 'must be a 12-digit account id' },
      { path: 'organization.delegatedIamAdministrator', message: 'must be a member account, not the management account' },
    ])
    const outsider = { ...organizationDraftOf(org), accounts: ['222222222222'], delegatedIamAdministrator: '111111111111' }
    expect(organizationDraftProblems(outsider)).toEqual([{ path: 'organization.delegatedIamAdministrator', message: 'account 111111111111 is not in the organization' }])
  })

  it('leaves a member the world does not describe to parseWorld, which refuses it', () => {
    const edited = organizationFrom(org, addMemberDraft('999999999999'))
    const check = checkWorld(setOrganization(demoWorld, edited))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems).toContainEqual({ path: 'organization', message: 'account 999999999999 is not in accounts' })
  })

  it('makes a new management account a member', () => {
    const draft = withManagement({ ...organizationDraftOf(org), accounts: ['222222222222'] }, '111111111111')
    expect(draft).toMatchObject({ managementAccount: '111111111111', accounts: ['222222222222', '111111111111'] })
  })

  it('offers the world accounts, then the ones only the organization names', () => {
    const choices = accountChoices(demoWorld, addMemberDraft('999999999999'))
    expect(choices.map((c) => [c.id, c.inWorld])).toEqual([
      ['111111111111', true],
      ['222222222222', true],
      ['333333333333', true],
      ['999999999999', false],
    ])
  })
})

describe('a new organization', () => {
  it('is valid, managed by 222222222222, with every account a member and no SCP or RCP', () => {
    const world: World = setOrganization(demoWorld, undefined)
    const created = newOrganization(world, 'o-abcdefghij')!
    expect(created).toEqual({ id: 'o-abcdefghij', managementAccount: '222222222222', accounts: ['111111111111', '222222222222', '333333333333'], scps: [], rcps: [] })
    expect(checkWorld(setOrganization(world, created)).ok).toBe(true)
  })

  it('needs an account to manage it', () => {
    expect(newOrganization({ ...demoWorld, accounts: [] })).toBeUndefined()
  })

  it('gets an id the schema accepts', () => {
    expect(newOrganizationId()).toMatch(/^o-[a-z0-9]{10}$/)
    expect(newOrganizationId(() => 0)).toBe('o-aaaaaaaaaa')
  })
})

function addMemberDraft(id: string) {
  const draft = organizationDraftOf(org)
  return { ...draft, accounts: addMember(draft.accounts, id) }
}
