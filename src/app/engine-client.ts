// The one module of the app that talks to the engine. Components never call the engine directly:
// they go through the hooks in queries.ts, which call sendToEngine.
import { createEngine, demoWorld, operationHandlers, type EngineDeps, type EngineResult, type HttpRequest, type World } from '../engine/index.ts'

const deps: EngineDeps = {
  now: () => Date.now(),
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  // AssumeRoleWithSAML verifies XML signatures with the browser's WebCrypto.
  webCrypto: crypto,
}

const engine = createEngine({ world: demoWorld, deps })

/** The simulated AWS the engine answers for. */
export const world: World = engine.world

/** The engine's clock, in epoch milliseconds: requests are signed at this instant. */
export function engineNow(): number {
  return deps.now()
}

/** Hands one signed HTTP request to the engine and returns its answer and its reasons. */
export function sendToEngine(request: HttpRequest): Promise<EngineResult> {
  return engine.handle(request)
}

/** Whether this version of the engine simulates an operation (others answer 501 NotImplemented). */
export function isSimulated(operation: string): boolean {
  return operationHandlers.has(operation)
}
