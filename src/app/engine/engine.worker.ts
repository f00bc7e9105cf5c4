// The engine's Web Worker: signing, answering requests and the simulated IdPs run here, off the
// page's main thread, so typing never waits for them.
import { browserHostDeps, createEngineHost } from './engine-host.ts'
import { answerCall, type HostCall } from './worker-protocol.ts'

const host = createEngineHost(browserHostDeps())

self.addEventListener('message', (event: MessageEvent<HostCall>) => {
  void answerCall(host, event.data).then((answer) => self.postMessage(answer))
})
