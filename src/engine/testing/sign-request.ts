// Test helper (not part of the engine's public surface): signs requests with @smithy/signature-v4,
// the signer the AWS SDKs use, so engine tests are checked against an independent implementation.
import { Sha256 } from '@aws-crypto/sha256-js'
import { HttpRequest as SmithyRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import type { HttpRequest } from '../http.ts'

export interface TestCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export const ALICE: TestCredentials = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }
export const BOB: TestCredentials = { accessKeyId: 'AKIARTXV5AHDT2GAJTRC', secretAccessKey: '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' }
export const VENDOR_BOT: TestCredentials = { accessKeyId: 'AKIAU3HBXAVKRBBB5GKI', secretAccessKey: '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' }
export const PRODUCTION_ROOT: TestCredentials = { accessKeyId: 'AKIATHPL2AOHMAEKP6HK', secretAccessKey: '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' }
export const ROOT_WORKLOAD: TestCredentials = { accessKeyId: 'AKIARTXV5AHD7SCFG2GS', secretAccessKey: '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' }

/** 2026-01-01T00:00:00Z: the clock tests run at unless they say otherwise. */
export const T0 = Date.UTC(2026, 0, 1, 0, 0, 0)

export interface SignOptions {
  credentials: TestCredentials
  body: string
  host?: string
  region?: string
  at?: number
  method?: 'POST' | 'GET'
  contentType?: string
}

/** Signs a Query request the way the AWS SDK for JavaScript does (POST form body, or GET query). */
export async function signQuery(options: SignOptions): Promise<HttpRequest> {
  const { credentials, body, host = 'sts.amazonaws.com', region = 'us-east-1', at = T0, method = 'POST', contentType = 'application/x-www-form-urlencoded' } = options
  const query = Object.fromEntries(new URLSearchParams(method === 'GET' ? body : ''))
  const request = new SmithyRequest({
    method,
    protocol: 'https:',
    hostname: host,
    path: '/',
    query,
    headers: method === 'POST' ? { host, 'content-type': contentType } : { host },
    ...(method === 'POST' ? { body } : {}),
  })
  const signer = new SignatureV4({ service: 'sts', region, credentials, sha256: Sha256, applyChecksum: false })
  const signed = await signer.sign(request, { signingDate: new Date(at) })
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(signed.headers)) headers[name] = String(value)
  return { method, url: method === 'GET' ? `/?${body}` : '/', headers, body: method === 'POST' ? body : '' }
}
