// React Query around the engine client: sending is a mutation (it issues credentials and moves the
// engine's state), the signed preview and the comparison table queries keyed by everything that
// changes them.
import { keepPreviousData, skipToken, useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { GridGoal, ProbeGoal } from '../../engine/index.ts'
import type { ComparisonPicks, GridRequest, GridResult, GridTraceResult, OverviewRequest, OverviewResult } from '../../engine/index.ts'
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

/**
 * The policy-intersection grid (#/policies) for a request, computed in the engine's worker on the
 * current world and the engine clock: disabled while `request` is undefined; a new request or world
 * computes again while the previous grid stays shown.
 */
export function useIntersectionGrid(request: GridRequest | undefined, clockOffsetMs: number): UseQueryResult<GridResult> {
  const client = useEngineClient()
  return useQuery({
    queryKey: ['sts', 'intersection-grid', revisionOf(client), request, clockOffsetMs],
    queryFn: request === undefined ? skipToken : () => client.intersectionGrid(request, clockOffsetMs),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
  })
}

/** The engine's full decision and layer traces for one row of the grid (a request with one action in a list). */
export function useGridTrace(request: GridRequest | undefined, clockOffsetMs: number): UseQueryResult<GridTraceResult> {
  const client = useEngineClient()
  return useQuery({
    queryKey: ['sts', 'grid-trace', revisionOf(client), request, clockOffsetMs],
    queryFn: request === undefined ? skipToken : () => client.gridTrace(request, clockOffsetMs),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
  })
}

/** Per service: how many actions each layer allows and how many survive the intersection. */
export function useIntersectionOverview(request: OverviewRequest | undefined, clockOffsetMs: number): UseQueryResult<OverviewResult> {
  const client = useEngineClient()
  return useQuery({
    queryKey: ['sts', 'intersection-overview', revisionOf(client), request, clockOffsetMs],
    queryFn: request === undefined ? skipToken : () => client.intersectionOverview(request, clockOffsetMs),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
  })
}

/**
 * Whether each probe goal holds in the current world, checked in the engine's worker (each on a
 * throwaway engine): checked again when the world, the history's length or the clock changes.
 */
export function useProbeGoals(goals: readonly (ProbeGoal | GridGoal)[], historyLength: number, clockOffsetMs: number): UseQueryResult<boolean[]> {
  const client = useEngineClient()
  return useQuery({
    queryKey: ['sts', 'probe-goals', revisionOf(client), goals, historyLength, clockOffsetMs],
    queryFn: goals.length === 0 ? () => Promise.resolve([]) : () => Promise.all(goals.map((goal) => client.probeGoal(goal, clockOffsetMs).catch(() => false))),
    staleTime: Infinity,
    gcTime: 60_000,
  })
}
