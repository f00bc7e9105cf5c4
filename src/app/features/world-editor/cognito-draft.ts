import type { World, WorldCognito, WorldIdentityPool, WorldProblem } from '../../engine/types.ts'
import { jwksText, parseJwksText } from './oidc-draft.ts'
import { defaultAccount } from './world-edit.ts'

/** Where the Cognito section is in the world, for problems' paths. */
export const COGNITO_PATH = 'cognito'

/** What trust policies name as `Federated` for Cognito, and the host of its issuer (from the engine). */
export { COGNITO_PRINCIPAL } from '../../engine/world-model.ts'

/** An identity pool as a row of the form. `from` is the pool it was loaded from, so unknown fields survive. */
export interface IdentityPoolRow {
  id: string
  account: string
  name: string
  from?: WorldIdentityPool
}

/** Amazon Cognito as the card's form holds it, until Apply. */
export interface CognitoDraft {
  /** The JWKS Cognito publishes, as JSON text. */
  jwksText: string
  identityPools: IdentityPoolRow[]
  /** The learner asked to remove the simulated IdP (its private JWK is never shown, only removed). */
  removeSimulatedIdp: boolean
}

export function cognitoDraftOf(cognito: WorldCognito): CognitoDraft {
  return {
    jwksText: jwksText(cognito.jwks),
    identityPools: cognito.identityPools.map((pool) => ({ id: pool.id, account: pool.account, name: pool.name, from: pool })),
    removeSimulatedIdp: false,
  }
}

/**
 * The Cognito section the draft describes, and the problems only the draft can see (JWKS text that
 * is not JSON: the original keys are kept so the rest can still be checked). It starts from the
 * original objects, so fields this editor does not know survive the edit.
 */
export function cognitoFrom(original: WorldCognito, draft: CognitoDraft): { cognito: WorldCognito; problems: WorldProblem[] } {
  const jwks = parseJwksText(draft.jwksText)
  const next: WorldCognito = {
    ...original,
    // Not checked here on purpose: parseWorld checks it next and names the path of anything wrong.
    jwks: jwks.ok ? (jwks.value as WorldCognito['jwks']) : original.jwks,
    identityPools: draft.identityPools.map(({ from, id, account, name }) => ({ ...from, id, account, name })),
  }
  if (draft.removeSimulatedIdp) delete next.simulatedIdp
  return { cognito: next, problems: jwks.ok ? [] : [{ path: `${COGNITO_PATH}.jwks`, message: jwks.message }] }
}

/** A GUID for a new identity pool id (lower-case hex, as Cognito writes them). */
function randomGuid(): string {
  return crypto.randomUUID()
}

/** A new identity pool row: in us-east-1, in the world's default account, under a name not taken yet. */
export function newIdentityPoolRow(world: World, rows: readonly IdentityPoolRow[], guid: string = randomGuid()): IdentityPoolRow {
  const taken = new Set(rows.map((row) => row.name))
  let n = 1
  while (taken.has(n === 1 ? 'NewIdentityPool' : `NewIdentityPool${n}`)) n++
  return { id: `us-east-1:${guid}`, account: defaultAccount(world), name: n === 1 ? 'NewIdentityPool' : `NewIdentityPool${n}` }
}

/** Amazon Cognito for a world that has none: valid, with no keys, no pool and no simulated IdP. */
export function newCognito(): WorldCognito {
  return { jwks: { keys: [] }, identityPools: [] }
}
