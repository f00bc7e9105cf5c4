import { OAUTH2_PROVIDER_IDS } from '../../engine/world-model.ts'
import type { World, WorldOauth2Provider } from '../../engine/types.ts'
import { clientIdLines, parseClientIdLines } from './oidc-draft.ts'
import { providersIn } from './world-edit.ts'

export type Oauth2ProviderId = WorldOauth2Provider['providerId']

/** An OAuth 2.0 provider (Login with Amazon, Facebook) as the card's form holds it, until Apply. */
export interface Oauth2Draft {
  /** One app id (client id, Facebook app id) per line. */
  appIdsText: string
  /** STS cannot reach the provider: it answers IDPCommunicationError. */
  unreachable: boolean
  /** The learner asked to remove the simulated IdP (its token key is never shown, only removed). */
  removeSimulatedIdp: boolean
}

export function oauth2DraftOf(provider: WorldOauth2Provider): Oauth2Draft {
  return { appIdsText: clientIdLines(provider.appIds), unreachable: provider.unreachable === true, removeSimulatedIdp: false }
}

/**
 * The provider the draft describes. It starts from the original object, so fields this editor does
 * not know survive the edit; `unreachable` is removed rather than written as false.
 */
export function oauth2ProviderFrom(original: WorldOauth2Provider, draft: Oauth2Draft): WorldOauth2Provider {
  const next: WorldOauth2Provider = { ...original, appIds: parseClientIdLines(draft.appIdsText) }
  if (draft.unreachable) next.unreachable = true
  else delete next.unreachable
  if (draft.removeSimulatedIdp) delete next.simulatedIdp
  return next
}

/** The OAuth 2.0 providers STS knows that the world does not have yet: what "Add" offers (each may appear once). */
export function missingOauth2ProviderIds(world: World): Oauth2ProviderId[] {
  const present = new Set(providersIn(world, 'oauth2Providers').map((provider) => provider.providerId))
  return OAUTH2_PROVIDER_IDS.filter((id) => !present.has(id))
}

/** A new OAuth 2.0 provider: valid, with no app and no simulated IdP. */
export function newOauth2Provider(providerId: Oauth2ProviderId): WorldOauth2Provider {
  return { providerId, appIds: [] }
}
