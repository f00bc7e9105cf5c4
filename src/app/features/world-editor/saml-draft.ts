import type { World, WorldProblem, WorldSamlProvider } from '../../engine/types.ts'
import { defaultAccount } from './world-edit.ts'

/** A SAML provider as the card's form holds it, until Apply. */
export interface SamlDraft {
  account: string
  name: string
  entityId: string
  /** PEM certificates, one text area each. IAM allows several, for rotation. */
  certificates: string[]
  /** The learner asked to remove the simulated IdP (its key is never shown, only removed). */
  removeSimulatedIdp: boolean
}

export function samlDraftOf(provider: WorldSamlProvider): SamlDraft {
  return {
    account: provider.account,
    name: provider.name,
    entityId: provider.entityId,
    certificates: [...provider.signingCertificates],
    removeSimulatedIdp: false,
  }
}

/**
 * The provider the draft describes. It starts from the original object, so fields this editor does
 * not know (added to the format later) survive the edit.
 */
export function samlProviderFrom(original: WorldSamlProvider, draft: SamlDraft): WorldSamlProvider {
  const next: WorldSamlProvider = { ...original, account: draft.account, name: draft.name, entityId: draft.entityId, signingCertificates: [...draft.certificates] }
  if (draft.removeSimulatedIdp) delete next.simulatedIdp
  return next
}

/**
 * What the editor refuses that parseWorld would let through: a certificate box left empty (the
 * engine would only say "certificate 2 is not PEM", and it is nearly always a slip, not a lesson).
 */
export function samlDraftProblems(draft: SamlDraft, path: string): WorldProblem[] {
  return draft.certificates.flatMap((pem, index) =>
    pem.trim() === '' ? [{ path: `${path}.signingCertificates[${index}]`, message: 'is empty: paste a PEM certificate or remove this one' }] : [],
  )
}

/** A new SAML provider: valid, with no certificate yet and no simulated IdP, under a name not taken in its account. */
export function newSamlProvider(world: World): WorldSamlProvider {
  const account = defaultAccount(world)
  const taken = new Set(world.samlProviders.filter((p) => p.account === account).map((p) => p.name))
  let n = 1
  while (taken.has(n === 1 ? 'NewSamlProvider' : `NewSamlProvider${n}`)) n++
  const name = n === 1 ? 'NewSamlProvider' : `NewSamlProvider${n}`
  return { account, name, entityId: `https://idp.example.org/${name.toLowerCase()}`, signingCertificates: [] }
}
