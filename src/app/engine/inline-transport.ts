// The engine host on this thread, through the same call/answer shape as the worker, so errors behave
// alike: what unit tests use, and the fallback where a module worker cannot start.
import { browserHostDeps, createEngineHost, type EngineHost } from './engine-host.ts'
import { nextCallId, type Transport } from './transport.ts'
import { answerCall, type HostCall } from './worker-protocol.ts'

export function inlineTransport(host: EngineHost = createEngineHost(browserHostDeps())): Transport {
  return {
    async call(method, ...args) {
      const answer = await answerCall(host, { id: nextCallId(), method, args } as HostCall)
      if (!answer.ok) throw new Error(answer.error)
      return answer.value as never
    },
  }
}
