import { canonicalRequestParts, joinCanonicalRequest, type CanonicalRequestInput, type CanonicalRequestParts } from './canonical-request.ts'
import type { Hashing } from './hashing.ts'
import { SIGV4_ALGORITHM, type SignatureInput } from './signature-input.ts'
import { sha256Hex, signatureFor } from './sigv4-crypto.ts'

/** The credential scope: `date/region/service/terminator`. */
export interface CredentialScope {
  date: string
  region: string
  service: string
  terminator: string
}

/**
 * The four lines of a SigV4 string to sign (AWS IAM User Guide, "Create a string to sign"):
 * algorithm, request time, credential scope, and the hex SHA-256 of the canonical request.
 */
export interface StringToSignParts {
  algorithm: string
  amzDate: string
  scope: CredentialScope
  canonicalRequestHash: string
}

/** The SigV4 working, kept so the app can show the learner what the server computed. */
export interface SigningWork {
  canonicalRequest: string
  stringToSign: string
  expectedSignature: string
  providedSignature: string
  /** The canonical request line by line: the values `canonicalRequest` was joined from. */
  canonicalRequestParts: CanonicalRequestParts
  /** The string to sign line by line: the values `stringToSign` was joined from. */
  stringToSignParts: StringToSignParts
}

/**
 * Computes the canonical request, the string to sign and the signature a secret gives them, as
 * STS does when it verifies a request, keeping each text's parts beside it.
 */
export function signingWork(request: Omit<CanonicalRequestInput, 'signedHeaders'>, input: SignatureInput, secretAccessKey: string, hashing: Hashing): SigningWork {
  const { method, wirePath, rawQuery, headers, body } = request
  const canonicalParts = canonicalRequestParts({ method, wirePath, rawQuery, headers, body, signedHeaders: input.signedHeaders }, hashing)
  const canonical = joinCanonicalRequest(canonicalParts)
  const { scope } = input
  const scopeText = `${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`
  const canonicalRequestHash = sha256Hex(canonical, hashing)
  const toSign = `${SIGV4_ALGORITHM}\n${input.amzDate}\n${scopeText}\n${canonicalRequestHash}`
  return {
    canonicalRequest: canonical,
    stringToSign: toSign,
    expectedSignature: signatureFor(secretAccessKey, scopeText, toSign, hashing),
    providedSignature: input.signature,
    canonicalRequestParts: canonicalParts,
    stringToSignParts: { algorithm: SIGV4_ALGORITHM, amzDate: input.amzDate, scope, canonicalRequestHash },
  }
}
