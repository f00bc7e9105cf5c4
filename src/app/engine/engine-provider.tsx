// React holds the engine client: one per world and session key, created when either changes and
// closed when replaced. Components reach it with useEngineClient(), never through a module singleton.
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { World } from '../../engine/index.ts'
import { createEngineClient, type EngineClient } from './engine-client.ts'
import type { Transport } from './transport.ts'
import { browserTransport } from './worker-transport.ts'

const EngineContext = createContext<EngineClient | undefined>(undefined)
const TransportContext = createContext<Transport | undefined>(undefined)

interface EngineProviderProps {
  world: World
  /** Base64 of the key sealing session tokens. */
  sessionKey: string
  children: ReactNode
}

export function EngineProvider({ world, sessionKey, children }: EngineProviderProps) {
  // One worker for the page's lifetime; each world gets its own engine in it.
  const [shared] = useState(browserTransport)
  const client = useMemo(() => createEngineClient(shared, world, sessionKey), [shared, world, sessionKey])
  useEffect(() => () => client.close(), [client])
  return (
    <TransportContext value={shared}>
      <EngineContext value={client}>{children}</EngineContext>
    </TransportContext>
  )
}

export function useEngineClient(): EngineClient {
  const client = use(EngineContext)
  if (client === undefined) throw new Error('useEngineClient needs an EngineProvider above it.')
  return client
}

/**
 * Makes an engine client on another world and session key, in the same worker: what prepares a
 * scenario (a lesson's setup, a challenge's show-me) before it opens. The caller closes it.
 */
export function useEngineClientMaker(): (world: World, sessionKey: string) => EngineClient {
  const transport = use(TransportContext)
  if (transport === undefined) throw new Error('useEngineClientMaker needs an EngineProvider above it.')
  return (world, sessionKey) => createEngineClient(transport, world, sessionKey)
}
