import { jsHashing, type Hashing } from '../auth/hashing.ts'
import { fromBase64, toBase64, utf8Decode, utf8Encode } from '../sessions/base64.ts'
import { frameBytes, sameTag, unframeBytes } from '../sessions/sealed-frame.ts'

/**
 * The SigninToken of getSigninToken: what `login` needs, sealed with HMAC-SHA256 under the engine's
 * session key like session tokens (sessions/session-token.ts), so only this engine can have made it.
 * Format: "STSC" | version 1 | 32-byte MAC | UTF-8 JSON, in URL-safe base64 without padding (AWS's
 * sign-in tokens are URL-safe text of `-`, `_` and alphanumerics: the example in the IAM User Guide,
 * "Enable custom identity broker access to the AWS console").
 */
export interface SigninTokenClaims {
  v: 1
  /** The temporary access key id the token was made for. */
  accessKeyId: string
  principalArn: string
  account: string
  issuedBy: string
  /** When getSigninToken made it, epoch ms. */
  issuedAt: number
  /** The token is valid for 15 minutes after it is made (IAM User Guide, same page). */
  expiresAt: number
  /** When the console session it opens ends, epoch ms (SessionDuration, else the credentials' expiry). */
  consoleExpiresAt: number
}

/** "The URL that the federation endpoint provides is valid for 15 minutes after it is created." */
export const SIGNIN_TOKEN_LIFETIME_MS = 15 * 60 * 1000

const MAGIC = [0x53, 0x54, 0x53, 0x43] // "STSC"
/** The MAC covers this prefix too, so a session token's MAC (same key) can never pass for a SigninToken's. */
const DOMAIN = 'console-signin-token:'

function mac(key: Uint8Array, json: string, hashing: Hashing): Uint8Array {
  return hashing.hmacSha256(key, utf8Encode(DOMAIN + json))
}

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  const padded = text.replace(/-/g, '+').replace(/_/g, '/')
  return fromBase64(padded + '='.repeat((4 - (padded.length % 4)) % 4))
}

export function sealSigninToken(claims: SigninTokenClaims, key: Uint8Array, hashing: Hashing = jsHashing): string {
  const json = JSON.stringify(claims)
  const payload = utf8Encode(json)
  return toBase64Url(frameBytes(MAGIC, mac(key, json, hashing), payload))
}

/** The claims inside a SigninToken, or undefined when it is not one this engine made intact (expiry is the caller's check). */
export function openSigninToken(token: string, key: Uint8Array, hashing: Hashing = jsHashing): SigninTokenClaims | undefined {
  const frame = unframeBytes(MAGIC, fromBase64Url(token))
  if (!frame) return undefined
  const json = utf8Decode(frame.payload)
  if (!sameTag(frame.tag, mac(key, json, hashing))) return undefined
  try {
    const claims = JSON.parse(json) as SigninTokenClaims
    return claims.v === 1 ? claims : undefined
  } catch {
    return undefined
  }
}
