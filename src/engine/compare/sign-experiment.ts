import { jsHashing, type Hashing } from '../auth/hashing.ts'
import { sha256Hex, signatureFor, stringToSign } from '../auth/sigv4-crypto.ts'
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
 * The POST an SDK sends for a Query request to `https://HOST/`, signed with SigV4 at `atMs`
 * (unsigned without keys): the canonical request of a POST to `/` with no query string, its
 * headers (content-type, host, x-amz-date, x-amz-security-token) and the body's hash, signed
 * with the engine's own SigV4 functions (IAM User Guide, "Create a signed AWS API request"). The
 * comparison table sends a few hundred; the workbench re-signs any it loads with the SDKs' signer.
 */
export function signExperiment(body: string, keys: ExperimentKeys | undefined, host: string, region: string, atMs: number, hashing: Hashing = jsHashing): HttpRequest {
  const headers: Record<string, string> = { 'content-type': FORM, host }
  if (keys === undefined) return { method: 'POST', url: '/', headers, body }
  const date = amzDate(atMs)
  headers['x-amz-date'] = date
  if (keys.sessionToken !== undefined) headers['x-amz-security-token'] = keys.sessionToken
  // Already in order: content-type, host, x-amz-date, x-amz-security-token.
  const names = Object.keys(headers)
  const signedHeaders = names.join(';')
  const canonical = ['POST', '/', '', names.map((name) => `${name}:${headers[name] ?? ''}\n`).join(''), signedHeaders, sha256Hex(body, hashing)].join('\n')
  const scope = `${date.slice(0, 8)}/${region}/sts/aws4_request`
  const signature = signatureFor(keys.secretAccessKey, scope, stringToSign(date, scope, canonical, hashing), hashing)
  return { method: 'POST', url: '/', headers: { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${keys.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` }, body }
}
