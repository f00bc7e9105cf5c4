import type { World, WorldProblem } from '../../engine/types.ts'
import type { Organization } from './organization-model.ts'

/** The organization's own settings as the settings card's form holds them, until Apply. */
export interface OrganizationDraft {
  id: string
  managementAccount: string
  /** Member accounts, the management account included, in the organization's order. */
  accounts: string[]
  centralizedRootAccess: boolean
  /** '' for none. */
  delegatedIamAdministrator: string
}

export function organizationDraftOf(organization: Organization): OrganizationDraft {
  return {
    id: organization.id,
    managementAccount: organization.managementAccount,
    accounts: [...organization.accounts],
    centralizedRootAccess: organization.centralizedRootAccess ?? false,
    delegatedIamAdministrator: organization.delegatedIamAdministrator ?? '',
  }
}

/**
 * The organization the draft describes: its SCPs and RCPs, and fields this editor does not know,
 * come from the original. An optional setting left at its default is left out, as a world file would.
 */
export function organizationFrom(original: Organization, draft: OrganizationDraft): Organization {
  const next: Organization = { ...original, id: draft.id, managementAccount: draft.managementAccount, accounts: [...draft.accounts] }
  if (draft.centralizedRootAccess) next.centralizedRootAccess = true
  else delete next.centralizedRootAccess
  if (draft.delegatedIamAdministrator === '') delete next.delegatedIamAdministrator
  else next.delegatedIamAdministrator = draft.delegatedIamAdministrator
  return next
}

const ACCOUNT_ID = /^\d{12}$/

/** Adds a typed account id to the members (trimmed; a member already there is not added twice). */
export function addMember(accounts: readonly string[], typed: string): string[] {
  const id = typed.trim()
  return accounts.includes(id) ? [...accounts] : [...accounts, id]
}

/**
 * What the editor refuses before parseWorld looks: a typed member that is not a 12-digit id, and a
 * delegated administrator that is the management account or not a member (IAM delegates to a member
 * account only), each at its path.
 */
export function organizationDraftProblems(draft: OrganizationDraft): WorldProblem[] {
  const problems: WorldProblem[] = []
  draft.accounts.forEach((id, index) => {
    if (!ACCOUNT_ID.test(id)) problems.push({ path: `organization.accounts[${index}]`, message: 'must be a 12-digit account id' })
  })
  const delegated = draft.delegatedIamAdministrator
  if (delegated !== '') {
    if (delegated === draft.managementAccount) problems.push({ path: 'organization.delegatedIamAdministrator', message: 'must be a member account, not the management account' })
    else if (!draft.accounts.includes(delegated)) problems.push({ path: 'organization.delegatedIamAdministrator', message: `account ${delegated} is not in the organization` })
  }
  return problems
}

/** The account choices of the form: the world's accounts, then ids the organization names that the world does not describe. */
export function accountChoices(world: World, draft: OrganizationDraft): { id: string; alias: string; inWorld: boolean }[] {
  const known = world.accounts.map((account) => ({ id: account.id, alias: account.alias, inWorld: true }))
  const others = [draft.managementAccount, ...draft.accounts].filter((id) => !world.accounts.some((account) => account.id === id))
  return [...known, ...[...new Set(others)].map((id) => ({ id, alias: '', inWorld: false }))]
}

/** A fresh organization id: o- and 10 lower-case letters or digits. */
export function newOrganizationId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let id = 'o-'
  for (let i = 0; i < 10; i++) id += alphabet[Math.floor(random() * alphabet.length)]
  return id
}

/**
 * A new organization for a world that has none: the demo's management account (222222222222) when
 * the world has it, else its first account; every account of the world a member; no SCP or RCP
 * (each level then behaves as FullAWSAccess).
 */
export function newOrganization(world: World, id: string = newOrganizationId()): Organization | undefined {
  const management = world.accounts.find((account) => account.id === '222222222222')?.id ?? world.accounts[0]?.id
  if (management === undefined) return undefined
  return { id, managementAccount: management, accounts: world.accounts.map((account) => account.id), scps: [], rcps: [] }
}

/** The draft with another management account, which is always a member too. */
export function withManagement(draft: OrganizationDraft, managementAccount: string): OrganizationDraft {
  return { ...draft, managementAccount, accounts: addMember(draft.accounts, managementAccount) }
}
