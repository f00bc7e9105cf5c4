// How the playground starts: a share link in the fragment wins over the saved draft; saved state
// that cannot be read is set aside (still downloadable) and the demo world is used instead.
import type { PlaygroundState } from './playground-state.ts'
import { DEFAULT_CALLER_ID, freshState } from './playground-state.ts'
import { loadState } from './saved-state.ts'
import { applyScenario, decodeScenario, SHARE_PREFIX } from './share-link.ts'

export type StartupNotice =
  | { kind: 'recovered'; reason: string; raw: string }
  | { kind: 'share-opened' }
  | { kind: 'share-refused'; reason: string }
  | { kind: 'storage-off' }

export interface Startup {
  state: PlaygroundState
  notices: StartupNotice[]
  /** Whether the fragment held a share link (the caller removes it from the address bar). */
  hadShareLink: boolean
}

export async function startPlayground(hash: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined, newKey: () => string): Promise<Startup> {
  const notices: StartupNotice[] = []
  let state = freshState(newKey())
  if (storage === undefined) notices.push({ kind: 'storage-off' })
  else {
    const loaded = loadState(storage)
    if (loaded.kind === 'loaded') state = loaded.state
    if (loaded.kind === 'broken') notices.push({ kind: 'recovered', reason: loaded.reason, raw: loaded.raw })
  }
  const hadShareLink = hash.startsWith(SHARE_PREFIX)
  if (hadShareLink) {
    const decoded = await decodeScenario(hash.slice(SHARE_PREFIX.length))
    if (decoded.ok) {
      state = applyScenario(state, decoded.scenario, DEFAULT_CALLER_ID)
      notices.push({ kind: 'share-opened' })
    } else notices.push({ kind: 'share-refused', reason: decoded.reason })
  }
  return { state, notices, hadShareLink }
}

/** When start-up itself failed: the demo world, and a notice that says why. */
export function recoveredStart(error: unknown, sessionKey: string): Startup {
  return { state: freshState(sessionKey), notices: [{ kind: 'recovered', reason: String(error), raw: '' }], hadShareLink: false }
}
