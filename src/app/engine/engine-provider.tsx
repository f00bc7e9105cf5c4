// React holds the engine client: one per world and session key, created when either changes and
// closed when replaced. Components reach it with useEngineClient(), never through a module singleton.
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { World } from '../../engine/index.ts'
import { createEngineClient, type EngineClient } from './engine-client.ts'
import { browserTransport } from './worker-transport.ts'

const EngineContext = createContext<EngineClient | undefined>(undefined)

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
  return <EngineContext value={client}>{children}</EngineContext>
}

export function useEngineClient(): EngineClient {
  const client = use(EngineContext)
  if (client === undefined) throw new Error('useEngineClient needs an EngineProvider above it.')
  return client
}
