// React Query hooks: the components' only way to reach the engine.
import { useMutation } from '@tanstack/react-query'
import type { EngineResult, HttpRequest } from '../engine/index.ts'
import { engineNow, sendToEngine } from './engine-client.ts'
import { signQueryRequest, type SigningCredentials } from './signing/sign-query-request.ts'

export interface SendInput {
  credentials: SigningCredentials
  /** The caller's ARN, kept with the exchange for display. */
  callerArn: string
  operation: string
  /** The form-urlencoded body to sign and send. */
  body: string
}

/** One request as sent and the engine's answer to it. */
export interface Exchange {
  input: SendInput
  request: HttpRequest
  result: EngineResult
  /** The engine-clock instant the request was signed at. */
  sentAt: number
}

async function send(input: SendInput): Promise<Exchange> {
  const sentAt = engineNow()
  const request = await signQueryRequest({ credentials: input.credentials, body: input.body, at: sentAt })
  const result = await sendToEngine(request)
  return { input, request, result, sentAt }
}

/** Signs a request in the browser with the caller's secret key and hands it to the engine. */
export function useSendRequest() {
  return useMutation({ mutationKey: ['sts', 'send'], mutationFn: send })
}
