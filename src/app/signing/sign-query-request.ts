// Signs an STS Query request in the browser with @smithy/signature-v4, the signer the AWS SDKs use.
import { Sha256 } from '@aws-crypto/sha256-js'
import { HttpRequest as SmithyRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import type { HttpRequest } from '../../engine/index.ts'

export const STS_HOST = 'sts.amazonaws.com'
export const STS_REGION = 'us-east-1'

export interface SigningCredentials {
  accessKeyId: string
  secretAccessKey: string
}

export interface SignQueryOptions {
  credentials: SigningCredentials
  /** The form-urlencoded body, e.g. `Action=GetCallerIdentity&Version=2011-06-15`. */
  body: string
  /** The signing instant, in epoch milliseconds (the engine clock). */
  at: number
}

/** A POST to https://sts.amazonaws.com/ with the parameters in the body, signed with SigV4. */
export async function signQueryRequest({ credentials, body, at }: SignQueryOptions): Promise<HttpRequest> {
  const request = new SmithyRequest({
    method: 'POST',
    protocol: 'https:',
    hostname: STS_HOST,
    path: '/',
    headers: { host: STS_HOST, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
  const signer = new SignatureV4({ service: 'sts', region: STS_REGION, credentials, sha256: Sha256, applyChecksum: false })
  const signed = await signer.sign(request, { signingDate: new Date(at) })
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(signed.headers)) headers[name] = String(value)
  return { method: 'POST', url: '/', headers, body }
}
