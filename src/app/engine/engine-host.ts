// What runs next to the engine (in the Web Worker, or in the page for tests): one engine per open
// client, each on its own world and session key, and the work a client asks of it. Everything
// a method takes and returns is plain data, because it crosses postMessage.
import {
  compareApiOptions,
  createEngine,
  gridTrace,
  intersectionGrid,
  intersectionOverview,
  loadIamCatalogue,
  describeSignature,
  gridGoalMet,
  probeGoalMet,
  runLessonSteps,
  simulatedCognitoToken,
  simulatedIdToken,
  simulatedOauth2Token,
  simulatedSamlResponse,
  type ComparisonPicks,
  type ComparisonTable,
  type Engine,
  type EngineDeps,
  type EngineResult,
  type GridRequest,
  type GridResult,
  type GridTraceResult,
  type HttpRequest,
  type LessonAttempt,
  type LessonStep,
  type GridGoal,
  type ProbeGoal,
  type SavedItems,
  type OverviewRequest,
  type OverviewResult,
  type SigningWork,
  type SimulatedCognitoTokenOptions,
  type SimulatedIdTokenOptions,
  type SimulatedIdTokenResult,
  type SimulatedOauth2TokenOptions,
  type SimulatedOauth2TokenResult,
  type SimulatedSamlOptions,
  type SimulatedSamlResult,
  type World,
} from '../../engine/index.ts'
import { buildQueryRequest, type SigningCredentials } from './sign-query-request.ts'

/** Where and how a request is signed: the caller's keys (none: unsigned), the Host and the scope's region. */
export interface RequestTarget {
  credentials: SigningCredentials | undefined
  /** The form-urlencoded body. */
  body: string
  host: string
  region: string
}

export interface Sent {
  /** The HTTP request exactly as sent (signed unless anonymous). */
  request: HttpRequest
  result: EngineResult
  /** The engine-clock instant it was signed and sent at (epoch ms). */
  sentAt: number
}

export interface SignedPreview {
  request: HttpRequest
  /** The SigV4 steps as STS will recompute them; undefined for an unsigned request. */
  signing: SigningWork | undefined
}

/** What a lesson's steps did: each request and answer, what they saved, and where the clock ended. */
export interface LessonRun {
  attempts: LessonAttempt[]
  saved: SavedItems
  /** Why the steps stopped early (a caller or placeholder that names nothing), if they did. */
  problem?: string
  /** The engine clock's offset after the steps (advance steps move it). */
  clockOffsetMs: number
}

type Without<T> = Omit<T, 'nowMs'>

/** The host's own clock and randomness: the wall clock plus the offset each call carries. */
export interface HostDeps {
  wallNow: () => number
  randomBytes: EngineDeps['randomBytes']
  webCrypto: NonNullable<EngineDeps['webCrypto']>
}

function keyBytes(sessionKey: string): Uint8Array {
  return Uint8Array.from(atob(sessionKey), (c) => c.charCodeAt(0))
}

export function createEngineHost(hostDeps: HostDeps) {
  const engines = new Map<string, { engine: Engine; world: World; sessionKey: Uint8Array }>()
  /** The engine clock's offset from the wall clock: set by each call, so every engine reads the same clock. */
  let offsetMs = 0
  const deps: EngineDeps = { now: () => hostDeps.wallNow() + offsetMs, randomBytes: hostDeps.randomBytes, webCrypto: hostDeps.webCrypto }

  const opened = (clientId: string, clockOffsetMs: number) => {
    const found = engines.get(clientId)
    if (found === undefined) throw new Error(`No engine is open for client ${clientId}.`)
    offsetMs = clockOffsetMs
    return found
  }

  return {
    /** An engine on this world, sealing session tokens with this key (base64 of 32 bytes). */
    open(clientId: string, world: World, sessionKey: string): void {
      const key = keyBytes(sessionKey)
      engines.set(clientId, { engine: createEngine({ world, deps, sessionKey: key }), world, sessionKey: key })
    },
    close(clientId: string): void {
      engines.delete(clientId)
    },
    /** Signs the request at the engine clock's now (as an SDK would) and hands it to the engine. */
    async send(clientId: string, target: RequestTarget, clockOffsetMs: number): Promise<Sent> {
      const { engine } = opened(clientId, clockOffsetMs)
      const sentAt = deps.now()
      const request = await buildQueryRequest({ ...target, at: sentAt })
      return { request, result: await engine.handle(request), sentAt }
    },
    /** The request as Send would sign it at this instant, with the SigV4 steps STS will recompute. */
    async preview(target: RequestTarget, atMs: number): Promise<SignedPreview> {
      const request = await buildQueryRequest({ ...target, at: atMs })
      return { request, signing: target.credentials === undefined ? undefined : describeSignature(request, target.credentials.secretAccessKey) }
    },
    /**
     * AWS's "Comparing your API options" table for this client's world, established by sending
     * requests at the engine clock's now; credentials it issues are sealed with the client's session
     * key, so the workbench can use them.
     */
    compare(clientId: string, picks: ComparisonPicks, clockOffsetMs: number): Promise<ComparisonTable> {
      const { world, sessionKey } = opened(clientId, clockOffsetMs)
      return compareApiOptions({ world, sessionKey, nowMs: deps.now(), webCrypto: hostDeps.webCrypto, picks })
    },
    /**
     * The policy-intersection grid for this client's world at the engine clock's now (the built-in
     * catalogue of actions is loaded on first use); credentials are opened with the client's session key.
     */
    async intersectionGrid(clientId: string, request: GridRequest, clockOffsetMs: number): Promise<GridResult> {
      const { world, sessionKey } = opened(clientId, clockOffsetMs)
      const catalogue = await loadIamCatalogue()
      return intersectionGrid({ world, sessionKey }, request, deps.now(), catalogue)
    },
    /** The engine's full decision and layer traces for one action of the grid. */
    async gridTrace(clientId: string, request: GridRequest, clockOffsetMs: number): Promise<GridTraceResult> {
      const { world, sessionKey } = opened(clientId, clockOffsetMs)
      const catalogue = await loadIamCatalogue()
      return gridTrace({ world, sessionKey }, request, deps.now(), catalogue)
    },
    /** Per service of the catalogue: how many actions each layer allows, and how many survive. */
    async intersectionOverview(clientId: string, request: OverviewRequest, clockOffsetMs: number): Promise<OverviewResult> {
      const { world, sessionKey } = opened(clientId, clockOffsetMs)
      const catalogue = await loadIamCatalogue()
      return intersectionOverview({ world, sessionKey }, request, deps.now(), catalogue)
    },
    /**
     * Runs a lesson's steps (calls, clock advances, minted tokens, console sign-ins) on this client's
     * engine, starting at the engine clock's now; an advance step moves the clock for what follows.
     */
    async runLessonSteps(clientId: string, steps: LessonStep[], saved: SavedItems, clockOffsetMs: number): Promise<LessonRun> {
      const { engine, world } = opened(clientId, clockOffsetMs)
      const clock = { now: () => deps.now(), advance: (ms: number) => void (offsetMs += ms) }
      const run = await runLessonSteps({ engine, world, clock, webCrypto: hostDeps.webCrypto, steps, saved })
      return { attempts: run.attempts, saved: run.saved, ...(run.problem === undefined ? {} : { problem: run.problem }), clockOffsetMs: offsetMs }
    },
    /**
     * Whether a goal about the world holds in this client's world: a probe's steps run on a throwaway
     * engine (not recorded); a grid goal reads the policy-intersection grid, as the Policies view does.
     */
    async probeGoal(clientId: string, goal: ProbeGoal | GridGoal, clockOffsetMs: number): Promise<boolean> {
      const { world, sessionKey } = opened(clientId, clockOffsetMs)
      if (goal.kind === 'grid') return gridGoalMet(goal, world, { nowMs: deps.now(), sessionKey, catalogue: await loadIamCatalogue() })
      return probeGoalMet(goal, world, { nowMs: deps.now(), randomBytes: hostDeps.randomBytes, webCrypto: hostDeps.webCrypto })
    },
    /** Signs in at the world's simulated SAML IdP, on the engine clock. */
    signInSaml(clientId: string, providerArn: string, options: Without<SimulatedSamlOptions>, clockOffsetMs: number): Promise<SimulatedSamlResult> {
      const { world } = opened(clientId, clockOffsetMs)
      return simulatedSamlResponse(world, providerArn, { ...options, nowMs: deps.now() }, hostDeps.webCrypto)
    },
    /** Signs in at the world's simulated OIDC IdP: an ID token. */
    signInOidc(clientId: string, providerArn: string, options: Without<SimulatedIdTokenOptions>, clockOffsetMs: number): Promise<SimulatedIdTokenResult> {
      const { world } = opened(clientId, clockOffsetMs)
      return simulatedIdToken(world, providerArn, { ...options, nowMs: deps.now() })
    },
    /** Login with Amazon or Facebook: an opaque OAuth 2.0 access token. */
    async signInOauth2(clientId: string, providerId: string, options: Without<SimulatedOauth2TokenOptions>, clockOffsetMs: number): Promise<SimulatedOauth2TokenResult> {
      const { world } = opened(clientId, clockOffsetMs)
      return simulatedOauth2Token(world, providerId, { ...options, nowMs: deps.now() })
    },
    /** An identity token from the world's Amazon Cognito identity pool. */
    async signInCognito(clientId: string, options: Without<SimulatedCognitoTokenOptions>, clockOffsetMs: number) {
      const { world } = opened(clientId, clockOffsetMs)
      return simulatedCognitoToken(world, { ...options, nowMs: deps.now() })
    },
  }
}

export type EngineHost = ReturnType<typeof createEngineHost>

/** The wall clock, crypto.getRandomValues and WebCrypto of this global scope (page or worker). */
export function browserHostDeps(): HostDeps {
  return {
    wallNow: () => Date.now(),
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    webCrypto: crypto,
  }
}
