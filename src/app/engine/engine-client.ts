// An engine client: one engine on one world and session key, reached through a transport. React holds
// it (EngineProvider); two can exist side by side, each with its own engine, for comparisons.
import type { World } from '../../engine/index.ts'
import type { EngineHost, RequestTarget } from './engine-host.ts'
import type { Transport } from './transport.ts'

type Rest<F> = F extends (clientId: string, ...rest: infer R) => infer T ? (...rest: R) => T : never

export interface EngineClient {
  readonly world: World
  readonly sessionKey: string
  send: Rest<EngineHost['send']>
  preview(target: RequestTarget, atMs: number): ReturnType<EngineHost['preview']>
  signInSaml: Rest<EngineHost['signInSaml']>
  signInOidc: Rest<EngineHost['signInOidc']>
  signInOauth2: Rest<EngineHost['signInOauth2']>
  signInCognito: Rest<EngineHost['signInCognito']>
  compare: Rest<EngineHost['compare']>
  intersectionGrid: Rest<EngineHost['intersectionGrid']>
  gridTrace: Rest<EngineHost['gridTrace']>
  intersectionOverview: Rest<EngineHost['intersectionOverview']>
  runLessonSteps: Rest<EngineHost['runLessonSteps']>
  probeGoal: Rest<EngineHost['probeGoal']>
  /** Frees the engine in the host; the client must not be used afterwards. */
  close(): void
}

let nextClientId = 1

/**
 * The engine opens in the host on first use and again after close (React's StrictMode closes and
 * reuses a client): the session key is the same, so credentials it issued stay valid.
 */
export function createEngineClient(transport: Transport, world: World, sessionKey: string): EngineClient {
  const clientId = `client-${nextClientId++}`
  let opening: Promise<void> | undefined
  const open = () => (opening ??= transport.call('open', clientId, world, sessionKey))
  return {
    world,
    sessionKey,
    send: async (...args) => (await open(), transport.call('send', clientId, ...args)),
    preview: (target, atMs) => transport.call('preview', target, atMs),
    signInSaml: async (...args) => (await open(), transport.call('signInSaml', clientId, ...args)),
    signInOidc: async (...args) => (await open(), transport.call('signInOidc', clientId, ...args)),
    signInOauth2: async (...args) => (await open(), transport.call('signInOauth2', clientId, ...args)),
    signInCognito: async (...args) => (await open(), transport.call('signInCognito', clientId, ...args)),
    compare: async (...args) => (await open(), transport.call('compare', clientId, ...args)),
    intersectionGrid: async (...args) => (await open(), transport.call('intersectionGrid', clientId, ...args)),
    gridTrace: async (...args) => (await open(), transport.call('gridTrace', clientId, ...args)),
    intersectionOverview: async (...args) => (await open(), transport.call('intersectionOverview', clientId, ...args)),
    runLessonSteps: async (...args) => (await open(), transport.call('runLessonSteps', clientId, ...args)),
    probeGoal: async (...args) => (await open(), transport.call('probeGoal', clientId, ...args)),
    close() {
      if (opening === undefined) return
      opening = undefined
      void transport.call('close', clientId)
    },
  }
}

/** A new random session key, base64: what a fresh playground seals its session tokens with. */
export function newSessionKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
}
