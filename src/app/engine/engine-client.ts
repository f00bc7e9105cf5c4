// The one module of the app that talks to the engine. Components never call the engine directly:
// they go through the hooks in queries.ts, which call sendToEngine.
import {
  createEngine,
  describeSignature,
  operationHandlers,
  simulatedCognitoToken,
  simulatedIdToken,
  simulatedOauth2Token,
  simulatedSamlResponse,
  type Engine,
  type EngineDeps,
  type EngineResult,
  type HttpRequest,
  type SigningWork,
  type SimulatedCognitoTokenOptions,
  type SimulatedIdTokenOptions,
  type SimulatedOauth2TokenOptions,
  type SimulatedOauth2TokenResult,
  type SimulatedIdTokenResult,
  type SimulatedSamlOptions,
  type SimulatedSamlResult,
  type World,
} from '../../engine/index.ts'

/** The engine clock is the wall clock plus an offset the learner sets (advance time, pick an instant). */
let clockOffsetMs = 0

const deps: EngineDeps = {
  now: () => Date.now() + clockOffsetMs,
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  // AssumeRoleWithSAML verifies XML signatures with the browser's WebCrypto.
  webCrypto: crypto,
}

let current: { engine: Engine; world: World; sessionKey: string } | undefined

function keyBytes(sessionKey: string): Uint8Array {
  return Uint8Array.from(atob(sessionKey), (c) => c.charCodeAt(0))
}

/** A new random session key, base64: what a fresh playground seals its session tokens with. */
export function newSessionKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
}

/**
 * Points the engine at a world and session key (a new engine only when either changed: the same
 * key keeps issued credentials valid) and sets the clock offset.
 */
export function configureEngine(world: World, sessionKey: string, offsetMs: number): void {
  clockOffsetMs = offsetMs
  if (current?.world === world && current.sessionKey === sessionKey) return
  current = { engine: createEngine({ world, deps, sessionKey: keyBytes(sessionKey) }), world, sessionKey }
}

/** The engine's clock, in epoch milliseconds: requests are signed at this instant. */
export function engineNow(): number {
  return deps.now()
}

/** Hands one HTTP request to the engine and returns its answer and its reasons. */
export function sendToEngine(request: HttpRequest): Promise<EngineResult> {
  if (current === undefined) throw new Error('The engine has no world yet: configureEngine first.')
  return current.engine.handle(request)
}

/** SigV4 steps of a request the app signed, as STS will recompute them. */
export function signatureSteps(request: HttpRequest, secretAccessKey: string): SigningWork | undefined {
  return describeSignature(request, secretAccessKey)
}

/** Whether this version of the engine simulates an operation (others answer 501 NotImplemented). */
export function isSimulated(operation: string): boolean {
  return operationHandlers.has(operation)
}

/** Signs in at the world's simulated SAML IdP, on the engine clock, with the browser's WebCrypto. */
export function signInWithSaml(world: World, providerArn: string, options: Omit<SimulatedSamlOptions, 'nowMs'>): Promise<SimulatedSamlResult> {
  return simulatedSamlResponse(world, providerArn, { ...options, nowMs: engineNow() }, crypto)
}

/** Signs in at the world's simulated OIDC IdP, on the engine clock. */
export function signInWithOidc(world: World, providerArn: string, options: Omit<SimulatedIdTokenOptions, 'nowMs'>): Promise<SimulatedIdTokenResult> {
  return simulatedIdToken(world, providerArn, { ...options, nowMs: engineNow() })
}

/** Signs in at the world's simulated Login with Amazon or Facebook: an opaque OAuth 2.0 access token. */
export function signInWithOauth2(world: World, providerId: string, options: Omit<SimulatedOauth2TokenOptions, 'nowMs'>): SimulatedOauth2TokenResult {
  return simulatedOauth2Token(world, providerId, { ...options, nowMs: engineNow() })
}

/** Gets an identity token from the world's simulated Amazon Cognito identity pool. */
export function signInWithCognito(world: World, options: Omit<SimulatedCognitoTokenOptions, 'nowMs'>) {
  return simulatedCognitoToken(world, { ...options, nowMs: engineNow() })
}
