import { describeSignature } from '../auth/describe-signature.ts'
import type { Hashing } from '../auth/hashing.ts'
import type { HttpRequest } from '../http.ts'

export interface ExperimentKeys {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

const FORM = 'application/x-www-form-urlencoded; charset=utf-8'

/** `20260101T000000Z`: SigV4's request time. */
function amzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/**
 * The POST an SDK sends for a Query request, signed with SigV4 at `atMs` (unsigned without keys).
 * The signature is the one STS recomputes (describeSignature, the engine's own SigV4): the
 * comparison table runs hundreds of requests, and the workbench re-signs any it loads with the
 * SDKs' signer anyway.
 */
export function signExperiment(body: string, keys: ExperimentKeys | undefined, host: string, region: string, atMs: number, hashing?: Hashing): HttpRequest {
  const headers: Record<string, string> = { host, 'content-type': FORM }
  if (keys === undefined) return { method: 'POST', url: '/', headers, body }
  const date = amzDate(atMs)
  headers['x-amz-date'] = date
  if (keys.sessionToken !== undefined) headers['x-amz-security-token'] = keys.sessionToken
  const signedHeaders = Object.keys(headers).sort().join(';')
  const credential = `${keys.accessKeyId}/${date.slice(0, 8)}/${region}/sts/aws4_request`
  const draft = { method: 'POST', url: '/', headers: { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signedHeaders}, Signature=0` }, body }
  const work = describeSignature(draft, keys.secretAccessKey, hashing)
  if (work === undefined) return draft
  return { ...draft, headers: { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signedHeaders}, Signature=${work.expectedSignature}` } }
}
