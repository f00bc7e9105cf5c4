// Small facts about a history entry, in the words the summary line shows.
import type { HttpRequest, EndpointChoice } from '../../engine/types.ts'
import { stsEndpointHost } from '../../engine/endpoints.ts'

/** The Host the request was sent to (header names in any case), else the chosen endpoint's host. */
export function requestHost(request: HttpRequest, endpoint: EndpointChoice): string {
  const entry = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'host')
  return entry?.[1] ?? stsEndpointHost(endpoint)
}
