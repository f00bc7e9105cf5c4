import { base64url, decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose'
import { JSON_DEPTH_LIMIT, jsonTextDepth } from '../../../validation/json-depth.ts'
import { tooDeepMessage } from '../../../validation/parse-bounded-json.ts'

/**
 * What STS answers for a WebIdentityToken that is not a JWT (an OAuth 2.0 access token, garbage):
 * InvalidIdentityToken with this text. Recorded from AWS in LocalStack-backed and EKS logs
 * (e.g. "caused by: InvalidIdentityToken: The ID Token provided is not a valid JWT. (You may see
 * this error if you sent an Access Token)", status code 400), and as the expected wire message in
 * emulators' tests that copy AWS (code search).
 */
export const NOT_A_JWT = 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'

export interface DecodedToken {
  header: ProtectedHeaderParameters
  claims: JWTPayload
  /** The `iss` claim: without one STS cannot pick a provider, and answers as for a non-JWT. */
  issuer: string
}

const NOT_A_JWT_WHY = 'WebIdentityToken is not three base64url parts with a JSON header, a JSON claims set and an iss claim: STS reads it as an OAuth access token or garbage.'

/** How deeply a base64url segment's JSON nests, read from its bytes (0 when it is not base64url: jose then refuses it). */
function segmentDepth(segment: string): number {
  try {
    return jsonTextDepth(base64url.decode(segment), JSON_DEPTH_LIMIT)
  } catch {
    return 0
  }
}

/**
 * Reads a compact JWS's header and claims without trusting them yet: three base64url parts, a JSON
 * header with `alg`, a JSON object as payload and a string `iss`. Anything else is not a JWT to STS.
 * JSON nested more than 1,000 levels deep (validation/json-depth.ts) is refused before it is
 * parsed, as a JSON reader with Jackson's default limit would fail to read it.
 */
export function decodeWebIdentityToken(token: string): { ok: true; token: DecodedToken } | { ok: false; why: string } {
  const segments = token.split('.')
  if (segments.length !== 3) return { ok: false, why: NOT_A_JWT_WHY }
  for (const [segment, what] of [
    [segments[0] ?? '', 'header'],
    [segments[1] ?? '', 'claims set'],
  ] as const) {
    if (segmentDepth(segment) > JSON_DEPTH_LIMIT) return { ok: false, why: `The token's ${what} is JSON whose ${tooDeepMessage(JSON_DEPTH_LIMIT)}: STS cannot read it as a JWT.` }
  }
  try {
    const header = decodeProtectedHeader(token)
    const claims = decodeJwt(token)
    if (typeof header.alg !== 'string' || typeof claims.iss !== 'string' || claims.iss === '') return { ok: false, why: NOT_A_JWT_WHY }
    return { ok: true, token: { header, claims, issuer: claims.iss } }
  } catch {
    return { ok: false, why: NOT_A_JWT_WHY }
  }
}
