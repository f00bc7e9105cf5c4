// How a client reaches the engine host: a Web Worker in the browser (worker-transport.ts), or the same
// thread (inline-transport.ts: unit tests, and browsers that cannot start module workers). Both speak
// HostCall/HostAnswer.
import type { EngineHost } from './engine-host.ts'
import type { HostMethod } from './worker-protocol.ts'

export interface Transport {
  call<M extends HostMethod>(method: M, ...args: Parameters<EngineHost[M]>): Promise<Awaited<ReturnType<EngineHost[M]>>>
}

let lastCallId = 0

/** A call id unique in this page. */
export function nextCallId(): number {
  return ++lastCallId
}
