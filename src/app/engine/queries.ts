// React Query hooks: the components' only way to reach the engine.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { HttpRequest, SigningWork } from '../../engine/index.ts'
import { engineNow, sendToEngine, signatureSteps } from './engine-client.ts'
import type { CallerOption } from '../state/callers.ts'
import type { RequestDraft } from '../state/request-draft.ts'
import { buildQueryRequest } from './sign-query-request.ts'
import { endpointHost, signingRegion, type EndpointChoice } from '../state/endpoints.ts'
import type { Exchange } from '../state/exchange.ts'

export interface SendInput {
  caller: CallerOption
  draft: RequestDraft
  endpoint: EndpointChoice
  /** The form-urlencoded body to sign and send. */
  body: string
}

function requestFor(caller: CallerOption, endpoint: EndpointChoice, body: string, at: number): Promise<HttpRequest> {
  return buildQueryRequest({ credentials: caller.credentials, body, host: endpointHost(endpoint), region: signingRegion(endpoint), at })
}

async function send({ caller, draft, endpoint, body }: SendInput): Promise<Omit<Exchange, 'id'>> {
  const sentAt = engineNow()
  const request = await requestFor(caller, endpoint, body, sentAt)
  const result = await sendToEngine(request)
  return { callerLabel: caller.arn ?? 'anonymous', operation: draft.operation, endpoint, draft, request, result, sentAt }
}

/** Signs a request in the browser with the caller's secret key and hands it to the engine. */
export function useSendRequest(onSent: (exchange: Omit<Exchange, 'id'>) => void) {
  return useMutation({ mutationKey: ['sts', 'send'], mutationFn: send, onSuccess: onSent })
}

export interface SignedPreview {
  request: HttpRequest
  signing: SigningWork | undefined
}

/**
 * The draft as Send would sign it now, for the wire view: re-signed when the body, caller,
 * endpoint or the engine clock's second changes.
 */
export function useSignedPreview(caller: CallerOption | undefined, endpoint: EndpointChoice, body: string, nowMs: number) {
  const second = Math.floor(nowMs / 1000)
  return useQuery({
    queryKey: ['sts', 'preview', caller?.id, caller?.kind === 'session' ? caller.entry.sessionToken : '', endpoint, body, second],
    queryFn: async (): Promise<SignedPreview | null> => {
      if (caller === undefined) return null
      const request = await requestFor(caller, endpoint, body, second * 1000)
      return { request, signing: caller.credentials === undefined ? undefined : signatureSteps(request, caller.credentials.secretAccessKey) }
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 5_000,
  })
}
