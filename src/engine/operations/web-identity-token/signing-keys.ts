import { Sha256 } from '@aws-crypto/sha256-js'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK, type JWTPayload } from 'jose'

/**
 * The keys that sign each account's outbound web identity tokens (GetWebIdentityToken).
 *
 * AWS keeps one RSA key (RS256, kid "RSA_0") and one P-384 key (ES384, kid "EC384_0") per account
 * issuer and publishes them at `<issuer>/.well-known/jwks.json` (IAM User Guide, "Getting started
 * with outbound identity federation"; JWKS and kids as captured in radkawar/stackd
 * testdata/aws/iam/outbound_issuance.json, case jwks.json).
 *
 * The playground fetches nothing and stores no private keys in the world file: it generates the
 * two key pairs with WebCrypto (through jose) the first time an account needs them, and keeps them
 * in memory for as long as the page (or `serve:sts` process) lives, one set per engine session key.
 * An engine created again with the same session key bytes reuses them; after a reload new keys are
 * made, so tokens issued before no longer verify (as after a key rotation). WebCrypto draws its
 * own randomness for key generation and ECDSA signatures: these are the only bytes of the engine's
 * answers that EngineDeps does not determine (RS256 signatures are deterministic for a given key).
 */
export type OutboundAlgorithm = 'RS256' | 'ES384'

export const OUTBOUND_ALGORITHMS: readonly OutboundAlgorithm[] = ['RS256', 'ES384']

export const KEY_IDS: Record<OutboundAlgorithm, string> = { RS256: 'RSA_0', ES384: 'EC384_0' }

interface SigningKey {
  privateKey: CryptoKey
  publicJwk: JWK
}

const keys = new Map<string, Promise<SigningKey>>()

function engineFingerprint(sessionKey: Uint8Array): string {
  const hash = new Sha256()
  hash.update(sessionKey)
  return Array.from(hash.digestSync().subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
}

async function generate(alg: OutboundAlgorithm): Promise<SigningKey> {
  const pair = alg === 'RS256' ? await generateKeyPair('RS256', { modulusLength: 2048, extractable: true }) : await generateKeyPair('ES384', { extractable: true })
  const exported = await exportJWK(pair.publicKey)
  // The member order AWS's JWKS uses.
  const publicJwk: JWK =
    alg === 'RS256'
      ? { alg, e: exported.e ?? '', kid: KEY_IDS[alg], kty: 'RSA', n: exported.n ?? '', use: 'sig' }
      : { alg, crv: 'P-384', kid: KEY_IDS[alg], kty: 'EC', use: 'sig', x: exported.x ?? '', y: exported.y ?? '' }
  return { privateKey: pair.privateKey, publicJwk }
}

/** The account's signing key for one algorithm, made on first use. */
export function signingKey(sessionKey: Uint8Array, account: string, alg: OutboundAlgorithm): Promise<SigningKey> {
  const id = `${engineFingerprint(sessionKey)}:${account}:${alg}`
  let key = keys.get(id)
  if (!key) {
    key = generate(alg)
    keys.set(id, key)
    // A failed generation is not cached: the next request tries again.
    key.catch(() => keys.delete(id))
  }
  return key
}

/**
 * The account's public JWKS, as `<issuer>/.well-known/jwks.json` serves it: the RSA key, then the
 * P-384 key. Pass the engine's session key (`engine.sessionKey`).
 */
export async function outboundJwks(sessionKey: Uint8Array, account: string): Promise<JSONWebKeySet> {
  const all = await Promise.all(OUTBOUND_ALGORITHMS.map((alg) => signingKey(sessionKey, account, alg)))
  return { keys: all.map((key) => key.publicJwk) }
}

/** Signs a claims set as a compact JWS with the account's key for `alg` (header: kid, typ JWT, alg, as AWS writes it). */
export async function signOutboundToken(sessionKey: Uint8Array, account: string, alg: OutboundAlgorithm, claims: Record<string, unknown>): Promise<string> {
  const key = await signingKey(sessionKey, account, alg)
  return new SignJWT(claims as JWTPayload).setProtectedHeader({ kid: KEY_IDS[alg], typ: 'JWT', alg }).sign(key.privateKey)
}
