// React Query around the engine client: sending is a mutation (it issues credentials and moves the
// engine's state), the signed preview a query keyed by everything that changes it.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
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
