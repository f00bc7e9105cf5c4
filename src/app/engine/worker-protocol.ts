// The messages between the page and the engine's Web Worker, typed once from the host's methods:
// a call names a method of EngineHost with its arguments; the answer carries its value or an error.
import type { EngineHost } from './engine-host.ts'

export type HostMethod = keyof EngineHost

export type HostCall = { [M in HostMethod]: { id: number; method: M; args: Parameters<EngineHost[M]> } }[HostMethod]

export type HostAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

/** Runs one call on a host and says how it went; never throws (a failure becomes `ok: false`). */
export async function answerCall(host: EngineHost, call: HostCall): Promise<HostAnswer> {
  try {
    const method = host[call.method] as (...args: unknown[]) => unknown
    return { id: call.id, ok: true, value: await method(...call.args) }
  } catch (error) {
    return { id: call.id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
