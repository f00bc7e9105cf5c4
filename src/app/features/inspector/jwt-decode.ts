import { JSON_DEPTH_LIMIT, parseBoundedJson } from '../../engine/input-bounds.ts'
import { base64UrlToBytes, base64UrlToText } from './base64-text.ts'
import type { InstantRole } from './time-text.ts'

export type JsonObject = Record<string, unknown>

export interface DecodedJwt {
  /** The compact token exactly as given. */
  token: string
  headerSegment: string
  payloadSegment: string
  signatureSegment: string
  header: JsonObject
  payload: JsonObject
  /** How many bytes the signature segment decodes to (0 for an unsigned token). */
  signatureBytes: number
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A JSON object from text; the reason when it is not one. JSON nested more than the engine's limit
 * (1,000 levels, as the simulated STS reads a token) is refused before it is parsed: showing it
 * would overflow JSON.stringify's stack, and STS would not take the token anyway.
 */
export function parseJsonObject(text: string, what: string): { ok: true; value: JsonObject } | { ok: false; why: string } {
  const parsed = parseBoundedJson(text, JSON_DEPTH_LIMIT)
  if (!parsed.ok) {
    return parsed.reason === 'too-deep'
      ? { ok: false, why: `The ${what} is JSON too deeply nested to read: ${parsed.message}. STS would not read it as a JWT either.` }
      : { ok: false, why: `The ${what} is not valid JSON: ${parsed.message}` }
  }
  const { value } = parsed
  return isJsonObject(value) ? { ok: true, value } : { ok: false, why: `The ${what} is JSON but not an object ({ … }).` }
}

/**
 * Decodes a compact JWS (header.payload.signature, each base64url) without verifying anything: the
 * header and payload must be UTF-8 JSON objects; the signature is only measured.
 */
export function decodeJwt(token: string): { ok: true; jwt: DecodedJwt } | { ok: false; why: string } {
  const segments = token.split('.')
  if (segments.length === 5) return { ok: false, why: 'Five segments: an encrypted JWT (JWE). Its claims cannot be read without the key, and STS takes signed tokens (JWS) only.' }
  if (segments.length !== 3) return { ok: false, why: `A JWT has three base64url segments separated by dots; this has ${segments.length}.` }
  const [headerSegment = '', payloadSegment = '', signatureSegment = ''] = segments
  const parts: JsonObject[] = []
  for (const [segment, what] of [
    [headerSegment, 'header'],
    [payloadSegment, 'payload'],
  ] as const) {
    const text = base64UrlToText(segment)
    if (text === undefined) return { ok: false, why: `The ${what} segment is not base64url-encoded UTF-8.` }
    const parsed = parseJsonObject(text, `decoded ${what}`)
    if (!parsed.ok) return parsed
    parts.push(parsed.value)
  }
  const signature = base64UrlToBytes(signatureSegment)
  if (signature === undefined) return { ok: false, why: 'The signature segment is not base64url.' }
  const [header = {}, payload = {}] = parts
  return { ok: true, jwt: { token, headerSegment, payloadSegment, signatureSegment, header, payload, signatureBytes: signature.length } }
}

export interface TimeClaim {
  name: 'iat' | 'nbf' | 'exp'
  role: InstantRole
  /** The claim as it is in the payload. */
  raw: unknown
  /** Epoch ms; undefined when the claim is not a number. */
  ms: number | undefined
  /** STS wants whole seconds ("formatted as either an integer or a long integer"). */
  integer: boolean
}

const TIME_CLAIMS = [
  ['iat', 'issued'],
  ['nbf', 'not-before'],
  ['exp', 'expires'],
] as const

/** iat, nbf and exp, those present, as instants (NumericDate: seconds since 1970). */
export function timeClaims(payload: JsonObject): TimeClaim[] {
  return TIME_CLAIMS.filter(([name]) => payload[name] !== undefined).map(([name, role]) => {
    const raw = payload[name]
    const number = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined
    return { name, role, raw, ms: number === undefined ? undefined : number * 1000, integer: number !== undefined && Number.isInteger(number) }
  })
}

export const TAGS_CLAIM = 'https://aws.amazon.com/tags'
export const SOURCE_IDENTITY_CLAIM = 'https://aws.amazon.com/source_identity'

export interface SessionTagRow {
  key: string
  /** The tag's value; undefined for a transitive key that names no tag. */
  value: string | undefined
  transitive: boolean
}

export interface TagsClaim {
  rows: SessionTagRow[]
  /** Why STS would refuse the claim's shape, when it would. */
  problems: string[]
}

/**
 * The `https://aws.amazon.com/tags` claim: `{"principal_tags": {"Key": ["value"]},
 * "transitive_tag_keys": ["Key"]}`, each value a one-element array (IAM User Guide, "Passing session
 * tags using AssumeRoleWithWebIdentity"). Undefined when the token has no such claim.
 */
export function tagsClaim(payload: JsonObject): TagsClaim | undefined {
  const claim = payload[TAGS_CLAIM]
  if (claim === undefined) return undefined
  if (!isJsonObject(claim)) return { rows: [], problems: [`The ${TAGS_CLAIM} claim is not a JSON object.`] }
  const problems: string[] = []
  const transitive = Array.isArray(claim.transitive_tag_keys) ? claim.transitive_tag_keys.filter((k): k is string => typeof k === 'string') : []
  if (claim.transitive_tag_keys !== undefined && (!Array.isArray(claim.transitive_tag_keys) || transitive.length !== claim.transitive_tag_keys.length)) {
    problems.push('transitive_tag_keys is not an array of strings.')
  }
  const rows: SessionTagRow[] = []
  const principalTags = claim.principal_tags ?? {}
  if (!isJsonObject(principalTags)) problems.push('principal_tags is not a JSON object.')
  else {
    for (const [key, value] of Object.entries(principalTags)) {
      const valid = Array.isArray(value) && value.length === 1 && typeof value[0] === 'string'
      if (!valid) problems.push(`principal_tags.${key} is not an array of exactly one string.`)
      rows.push({ key, value: valid ? (value[0] as string) : JSON.stringify(value), transitive: transitive.includes(key) })
    }
  }
  for (const key of transitive) if (!rows.some((row) => row.key === key)) rows.push({ key, value: undefined, transitive: true })
  return { rows, problems }
}

/** `aud` as a list (it may be one string or an array). */
export function audiences(payload: JsonObject): string[] {
  const aud = payload.aud
  if (typeof aud === 'string') return [aud]
  return Array.isArray(aud) ? aud.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))) : []
}
