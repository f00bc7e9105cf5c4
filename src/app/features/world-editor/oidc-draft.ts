import type { World, WorldOidcProvider, WorldProblem } from '../../engine/types.ts'
import { defaultAccount } from './world-edit.ts'

/** An OIDC provider as the card's form holds it, until Apply. */
export interface OidcDraft {
  account: string
  url: string
  /** One client id (audience) per line. */
  clientIdsText: string
  /** The JWKS as JSON text. */
  jwksText: string
  keysUnreachable: boolean
  /** The learner asked to remove the simulated IdP (its private key is never shown, only removed). */
  removeSimulatedIdp: boolean
}

/** Client ids from text, one per line: lines are trimmed and blank lines dropped. */
export function parseClientIdLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

export function clientIdLines(clientIds: readonly string[]): string {
  return clientIds.join('\n')
}

export function jwksText(jwks: WorldOidcProvider['jwks']): string {
  return JSON.stringify(jwks, null, 2)
}

/** The JWKS typed in, as a value; whether it is a JWKS is parseWorld's call (with a path into it). */
export function parseJwksText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${(error as Error).message}` }
  }
}

export function oidcDraftOf(provider: WorldOidcProvider): OidcDraft {
  return {
    account: provider.account,
    url: provider.url,
    clientIdsText: clientIdLines(provider.clientIds),
    jwksText: jwksText(provider.jwks),
    keysUnreachable: provider.keysUnreachable === true,
    removeSimulatedIdp: false,
  }
}

/**
 * The provider the draft describes, and the problems only the draft can see (JWKS text that is not
 * JSON: the original keys are kept so the rest can still be checked). It starts from the original
 * object, so fields this editor does not know survive the edit.
 */
export function oidcProviderFrom(original: WorldOidcProvider, draft: OidcDraft, path: string): { provider: WorldOidcProvider; problems: WorldProblem[] } {
  const jwks = parseJwksText(draft.jwksText)
  const next: WorldOidcProvider = {
    ...original,
    account: draft.account,
    url: draft.url,
    clientIds: parseClientIdLines(draft.clientIdsText),
    // Not checked here on purpose: parseWorld checks it next and names the path of anything wrong.
    jwks: jwks.ok ? (jwks.value as WorldOidcProvider['jwks']) : original.jwks,
  }
  if (draft.keysUnreachable) next.keysUnreachable = true
  else delete next.keysUnreachable
  if (draft.removeSimulatedIdp) delete next.simulatedIdp
  return { provider: next, problems: jwks.ok ? [] : [{ path: `${path}.jwks`, message: jwks.message }] }
}

/** A new OIDC provider: valid, with no client id, no keys and no simulated IdP, at a URL not taken in its account. */
export function newOidcProvider(world: World): WorldOidcProvider {
  const account = defaultAccount(world)
  const taken = new Set(world.oidcProviders.filter((p) => p.account === account).map((p) => p.url))
  let n = 1
  while (taken.has(n === 1 ? 'https://new-oidc.example.org' : `https://new-oidc-${n}.example.org`)) n++
  return { account, url: n === 1 ? 'https://new-oidc.example.org' : `https://new-oidc-${n}.example.org`, clientIds: [], jwks: { keys: [] } }
}
