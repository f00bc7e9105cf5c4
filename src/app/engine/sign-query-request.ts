// Builds the POST an SDK would send for a Query request, signed with @smithy/signature-v4 (the
// signer the AWS SDKs use), or unsigned for the two operations that need no signature.
import { Sha256 } from '@aws-crypto/sha256-js'
import { HttpRequest as SmithyRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import type { HttpRequest } from '../../engine/index.ts'

export interface SigningCredentials {
  accessKeyId: string
  secretAccessKey: string
  /** For temporary credentials: sent as X-Amz-Security-Token. */
  sessionToken?: string
}

export interface QueryRequestOptions {
  /** Undefined: send unsigned (AssumeRoleWithSAML, AssumeRoleWithWebIdentity). */
  credentials: SigningCredentials | undefined
  /** The form-urlencoded body, e.g. `Action=GetCallerIdentity&Version=2011-06-15`. */
  body: string
  host: string
  /** The region of the SigV4 credential scope. */
  region: string
  /** The signing instant, in epoch milliseconds (the engine clock). */
  at: number
}

const FORM = 'application/x-www-form-urlencoded; charset=utf-8'

/** A POST to https://HOST/ with the parameters in the body, signed with SigV4 unless anonymous. */
export async function buildQueryRequest({ credentials, body, host, region, at }: QueryRequestOptions): Promise<HttpRequest> {
  if (credentials === undefined) return { method: 'POST', url: '/', headers: { host, 'content-type': FORM }, body }
  const request = new SmithyRequest({ method: 'POST', protocol: 'https:', hostname: host, path: '/', headers: { host, 'content-type': FORM }, body })
  const signer = new SignatureV4({ service: 'sts', region, credentials, sha256: Sha256, applyChecksum: false })
  const signed = await signer.sign(request, { signingDate: new Date(at) })
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(signed.headers)) headers[name] = String(value)
  return { method: 'POST', url: '/', headers, body }
}
