// React Query around the engine client: sending is a mutation (it issues credentials and moves the
// engine's state), the signed preview and the comparison table queries keyed by everything that
// changes them.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { ComparisonPicks } from '../../engine/index.ts'
import type { EngineClient } from './engine-client.ts'
import type { RequestTarget, Sent, SignedPreview } from './engine-host.ts'
import { useEngineClient } from './engine-provider.tsx'

export interface SendInput<About> {
  target: RequestTarget
  /** The engine clock's offset from the wall clock, ms. */
  clockOffsetMs: number
  /** What the caller wants back with the answer, as it was when Send was pressed (who, what, where). */
  about: About
}

/** Signs a request with the caller's secret key and hands it to the engine, both in the engine's worker. */
export function useSendRequest<About>(onSent: (sent: Sent, about: About) => void) {
  const client = useEngineClient()
  return useMutation({
    mutationKey: ['sts', 'send'],
    mutationFn: ({ target, clockOffsetMs }: SendInput<About>) => client.send(target, clockOffsetMs),
    onSuccess: (sent, { about }) => onSent(sent, about),
  })
}

/**
 * The draft as Send would sign it, for the wire view: signed on the engine clock when the body,
 * caller, endpoint or clock offset changes, not every second.
 */
export function useSignedPreview(target: RequestTarget | undefined, clockOffsetMs: number) {
  const client = useEngineClient()
  return useQuery({
    queryKey: ['sts', 'preview', target, clockOffsetMs],
    queryFn: (): Promise<SignedPreview | null> => (target === undefined ? Promise.resolve(null) : client.preview(target, Date.now() + clockOffsetMs)),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 5_000,
  })
}

/** A number per engine client (one per world and session key), for query keys: the world's revision. */
const clientRevisions = new WeakMap<EngineClient, number>()
let lastRevision = 0
function revisionOf(client: EngineClient): number {
  let revision = clientRevisions.get(client)
  if (revision === undefined) clientRevisions.set(client, (revision = ++lastRevision))
  return revision
}

/**
 * The comparison table of the ways to get temporary credentials, computed in the engine's worker for
 * the current world, the picked subjects and the clock offset: a new world, other picks or a moved
 * clock compute it again; the previous table stays shown meanwhile.
 */
export function useComparison(picks: ComparisonPicks, clockOffsetMs: number) {
  const client = useEngineClient()
  return useQuery({
    queryKey: ['sts', 'compare', revisionOf(client), picks, clockOffsetMs],
    queryFn: () => client.compare(picks, clockOffsetMs),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
  })
}
