import type { World, WorldAccount } from '../../engine/types.ts'
import { linesText, readLines } from './draft-text.ts'

/** An account as the form holds it. The id is what everything else points at, so it is fixed once made. */
export interface AccountDraft {
  alias: string
  /** Regions where STS is switched off for the account, one per line (RegionDisabledException there). */
  stsDisabledRegions: string
  outboundWebIdentityFederation: boolean
  rootAccessKeys: WorldAccount['root']['accessKeys']
}

export function accountDraft(account: WorldAccount): AccountDraft {
  return {
    alias: account.alias,
    stsDisabledRegions: linesText(account.stsDisabledRegions),
    outboundWebIdentityFederation: account.outboundWebIdentityFederation ?? false,
    rootAccessKeys: account.root.accessKeys,
  }
}

export function accountFromDraft(account: WorldAccount, draft: AccountDraft): WorldAccount {
  const edited: WorldAccount = { ...account, alias: draft.alias, stsDisabledRegions: readLines(draft.stsDisabledRegions), root: { ...account.root, accessKeys: draft.rootAccessKeys } }
  if (draft.outboundWebIdentityFederation) edited.outboundWebIdentityFederation = true
  else delete edited.outboundWebIdentityFederation
  return edited
}

/** A new account: the next unused twelve-digit id after the world's highest, no root keys (AWS recommends none). */
export function newAccount(world: World): WorldAccount {
  const taken = new Set(world.accounts.map((account) => account.id))
  let candidate = world.accounts.reduce((highest, account) => Math.max(highest, Number(account.id)), 100000000000) + 111111111111
  while (taken.has(String(candidate).padStart(12, '0')) || candidate > 999999999999) candidate = candidate > 999999999999 ? 100000000001 : candidate + 1
  return { id: String(candidate).padStart(12, '0'), alias: 'new-account', stsDisabledRegions: [], root: { accessKeys: [] } }
}
