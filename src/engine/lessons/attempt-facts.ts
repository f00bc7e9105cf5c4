import { resolveEndpoint } from '../auth/endpoint.ts'
import { readSignatureInput } from '../auth/signature-input.ts'
import { lowerCaseHeaders, splitUrl, type HttpRequest } from '../http.ts'
import type { AttemptRecord } from './attempt-record.ts'

/** What the request's own signature says (the Authorization header, else presigned query parameters), read as the engine reads it. */
function signatureOf(request: HttpRequest) {
  const found = readSignatureInput(lowerCaseHeaders(request.headers), splitUrl(request.url).query)
  return found?.ok ? found.input : undefined
}

/** The access key id the request was signed with; undefined when it carries no (readable) signature. */
export function signingKeyOf(request: HttpRequest): string | undefined {
  return signatureOf(request)?.accessKeyId
}

/**
 * The region of the STS endpoint the request reached: from its Host (the global endpoint
 * sts.amazonaws.com is us-east-1; AWS General Reference: AWS Security Token Service endpoints and
 * quotas), else, for any other host, the region of its SigV4 credential scope.
 */
export function regionOf(request: HttpRequest): string | undefined {
  const endpoint = resolveEndpoint(lowerCaseHeaders(request.headers).get('host'))
  if (endpoint.kind !== 'local') return endpoint.region
  return signatureOf(request)?.scope.region
}

/**
 * The console federation endpoint's getSigninToken is not signed: the temporary credentials travel
 * in its `Session` parameter as JSON, `sessionId` being the access key id (IAM User Guide: "Enable
 * custom identity broker access to the AWS console").
 */
function consoleSessionKeyOf(attempt: AttemptRecord): string | undefined {
  const session = attempt.result.parameters?.find(([name]) => name === 'Session')?.[1]
  if (session === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(session)
    const id = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).sessionId : undefined
    return typeof id === 'string' && id !== '' ? id : undefined
  } catch {
    return undefined
  }
}

export type IssuedBy = 'long-term' | 'unsigned' | string

/**
 * How the caller got the credentials that signed the attempt: `unsigned`, `long-term` (an `AKIA`
 * key: an IAM user's or a root user's; IAM User Guide: "Manage access keys for IAM users"), or the
 * operation of the earlier attempt that issued them. Undefined when they were issued outside the
 * attempts given.
 */
export function issuedByOf(attempt: AttemptRecord, earlier: readonly AttemptRecord[]): { by: IssuedBy; arn?: string } | undefined {
  const key = signingKeyOf(attempt.request) ?? consoleSessionKeyOf(attempt)
  if (key === undefined) return { by: 'unsigned' }
  if (key.startsWith('AKIA')) return { by: 'long-term' }
  for (let i = earlier.length - 1; i >= 0; i--) {
    const issuer = earlier[i]
    if (issuer?.result.issued?.accessKeyId === key) return { by: issuer.operation, arn: issuer.result.issued.arn }
  }
  return undefined
}

/**
 * Whole seconds from the second the attempt was sent in to an instant. STS writes Expiration to the
 * second, cutting the milliseconds of now + duration, so counting from the sending instant itself
 * (milliseconds and all) would make a one-hour session 3599.4 s long.
 */
export function secondsAfterSending(attempt: Pick<AttemptRecord, 'sentAt'>, instantMs: number): number {
  return Math.floor((instantMs - Math.floor(attempt.sentAt / 1000) * 1000) / 1000)
}
