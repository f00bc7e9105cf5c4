// Calls to the engine host in a Web Worker, through postMessage; each answer settles the call with its id.
import { nextCallId, type Transport } from './transport.ts'
import type { HostAnswer, HostCall } from './worker-protocol.ts'

export function workerTransport(worker: Worker): Transport {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  worker.addEventListener('message', (event: MessageEvent<HostAnswer>) => {
    const answer = event.data
    const waiting = pending.get(answer.id)
    if (waiting === undefined) return
    pending.delete(answer.id)
    if (answer.ok) waiting.resolve(answer.value)
    else waiting.reject(new Error(answer.error))
  })
  worker.addEventListener('error', (event) => {
    // The worker itself failed (it could not load): every waiting call fails with the reason.
    for (const waiting of pending.values()) waiting.reject(new Error(`The engine's worker failed: ${event.message}`))
    pending.clear()
  })
  return {
    call(method, ...args) {
      const id = nextCallId()
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
        worker.postMessage({ id, method, args } as HostCall)
      })
    },
  }
}

/**
 * The page's transport: the engine in a module Web Worker; where one cannot start, the engine on this
 * thread, loaded on first use.
 */
export function browserTransport(): Transport {
  try {
    return workerTransport(new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'sts-engine' }))
  } catch {
    const inline = import('./inline-transport.ts').then(({ inlineTransport }) => inlineTransport())
    return { call: async (method, ...args) => (await inline).call(method, ...args) as never }
  }
}
