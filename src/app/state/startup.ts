// How the playground starts: the user's own saved playground, then, beside it, the scenario the tab
// had open before a reload or the one a share link in the address brings. Saved state that cannot be
// read is set aside (still downloadable) and its world kept when that part is valid.
import type { PlaygroundState } from './playground-state.ts'
import { DEFAULT_CALLER_ID, freshState } from './playground-state.ts'
import { loadState, type SaveStamp } from './saved-state.ts'
import { loadScenario } from './scenario-storage.ts'
import { applyScenario, decodeScenario, SHARE_PREFIX } from './share-link.ts'
import type { Workspace } from './workspace.ts'

export type StartupNotice =
  | { kind: 'recovered'; reason: string; raw: string; /** The saved world was valid and kept. */ worldKept: boolean }
  | { kind: 'share-refused'; reason: string }
  | { kind: 'storage-off' }

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export interface Stores {
  /** Where the user's own playground is kept (localStorage). */
  local: Store | undefined
  /** Where this tab keeps its open scenario (sessionStorage). */
  session: Store | undefined
}

export interface Startup {
  workspace: Workspace
  /** The stamp of the saved own playground this tab started from. */
  ownStamp?: SaveStamp
  notices: StartupNotice[]
  /** Whether the fragment held a share link (the caller removes it from the address bar). */
  hadShareLink: boolean
}

export type SharedLinkOpening = { ok: true; workspace: Workspace } | { ok: false; notice: StartupNotice }

/** Opens a `#share=` fragment as a scenario beside the user's own playground (which it never changes). */
export async function openShareLink(workspace: Workspace, hash: string): Promise<SharedLinkOpening> {
  const decoded = await decodeScenario(hash.slice(SHARE_PREFIX.length))
  if (!decoded.ok) return { ok: false, notice: { kind: 'share-refused', reason: decoded.reason } }
  const state: PlaygroundState = applyScenario(workspace.own, decoded.scenario, DEFAULT_CALLER_ID)
  return { ok: true, workspace: { own: workspace.own, scenario: { source: { kind: 'share-link', carriesWorld: decoded.scenario.world !== undefined }, state } } }
}

export async function startPlayground(hash: string, stores: Stores, newKey: () => string): Promise<Startup> {
  const notices: StartupNotice[] = []
  const fresh = (sessionKey?: string) => freshState(sessionKey ?? newKey())
  let workspace: Workspace = { own: fresh() }
  let ownStamp: SaveStamp | undefined
  if (stores.local === undefined) notices.push({ kind: 'storage-off' })
  else {
    const loaded = loadState(stores.local, fresh)
    if (loaded.kind === 'loaded') {
      workspace = { own: loaded.state }
      ownStamp = loaded.stamp
    }
    if (loaded.kind === 'broken') {
      if (loaded.salvaged) workspace = { own: loaded.salvaged }
      notices.push({ kind: 'recovered', reason: loaded.reason, raw: loaded.raw, worldKept: loaded.salvaged !== undefined })
    }
  }
  const resumed = stores.session === undefined ? undefined : loadScenario(stores.session)
  if (resumed) workspace = { own: workspace.own, scenario: resumed }
  const hadShareLink = hash.startsWith(SHARE_PREFIX)
  if (hadShareLink) {
    const opened = await openShareLink(workspace, hash)
    if (opened.ok) workspace = opened.workspace
    else notices.push(opened.notice)
  }
  return { workspace, ...(ownStamp ? { ownStamp } : {}), notices, hadShareLink }
}

/** When start-up itself failed: the demo world, and a notice that says why. */
export function recoveredStart(error: unknown, sessionKey: string): Startup {
  return { workspace: { own: freshState(sessionKey) }, notices: [{ kind: 'recovered', reason: String(error), raw: '', worldKept: false }], hadShareLink: false }
}
