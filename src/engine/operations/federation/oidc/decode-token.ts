import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose'

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

/**
 * Reads a compact JWS's header and claims without trusting them yet: three base64url parts, a JSON
 * header with `alg`, a JSON object as payload and a string `iss`. Anything else is not a JWT to STS.
 */
export function decodeWebIdentityToken(token: string): DecodedToken | undefined {
  if (token.split('.').length !== 3) return undefined
  try {
    const header = decodeProtectedHeader(token)
    const claims = decodeJwt(token)
    if (typeof header.alg !== 'string' || typeof claims.iss !== 'string' || claims.iss === '') return undefined
    return { header, claims, issuer: claims.iss }
  } catch {
    return undefined
  }
}
