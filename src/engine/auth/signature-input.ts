import type { StsFault } from '../errors/faults.ts'
import { faults } from '../errors/faults.ts'
import { firstValues, parseQuery } from '../protocol/query-codec.ts'

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256'

/** What a request says about its own signature, before anything is checked against a key. */
export interface SignatureInput {
  /** Where the signature came from: the Authorization header or a presigned URL. */
  form: 'header' | 'query'
  accessKeyId: string
  /** The credential scope's four parts: `date/region/service/terminator`. */
  scope: { date: string; region: string; service: string; terminator: string }
  signedHeaders: string[]
  signature: string
  /** The request time as written in the request (`YYYYMMDDTHHMMSSZ`). */
  amzDate: string
  /** X-Amz-Security-Token, from the header or the query. */
  securityToken?: string
}

export type SignatureInputResult = { ok: true; input: SignatureInput } | { ok: false; fault: StsFault }

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/

/** Parses `YYYYMMDDTHHMMSSZ` to epoch milliseconds, or undefined. */
export function parseAmzDate(value: string): number | undefined {
  // Requests signed in the same second carry the same text: keep the last answer (a pure function's).
  if (value === lastParsed.text) return lastParsed.ms
  const ms = readAmzDate(value)
  lastParsed = { text: value, ms }
  return ms
}
let lastParsed: { text: string; ms: number | undefined } = { text: '', ms: undefined }

function readAmzDate(value: string): number | undefined {
  const m = AMZ_DATE.exec(value)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
  const ms = Date.UTC(y, mo - 1, d, h, mi, s)
  const check = new Date(ms)
  return check.getUTCMonth() === mo - 1 && check.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? ms : undefined
}

/** Epoch milliseconds to `YYYYMMDDTHHMMSSZ` (the milliseconds dropped). */
export function formatAmzDate(ms: number): string {
  const second = Math.floor(ms / 1000)
  if (second !== lastFormatted.second) {
    const iso = new Date(second * 1000).toISOString() // YYYY-MM-DDTHH:MM:SS.000Z, or ±YYYYYY-… beyond year 9999
    lastFormatted = { second, text: `${iso.slice(0, -14).replace(/-/g, '')}T${iso.slice(-13, -11)}${iso.slice(-10, -8)}${iso.slice(-7, -5)}Z` }
  }
  return lastFormatted.text
}
let lastFormatted = { second: Number.NaN, text: '' }

/** `Date` header (RFC 7231) to the SigV4 form, when there is no X-Amz-Date. */
function amzDateFromHttpDate(value: string): string | undefined {
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : formatAmzDate(ms)
}

function parseCredential(credential: string): { accessKeyId: string; scope: SignatureInput['scope'] } | StsFault {
  const parts = credential.split('/')
  if (parts.length !== 5) {
    return faults.incompleteSignature(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    )
  }
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string]
  return { accessKeyId, scope: { date, region, service, terminator } }
}

function fromHeader(authorization: string, headers: ReadonlyMap<string, string>): SignatureInputResult {
  const space = authorization.indexOf(' ')
  const algorithm = space === -1 ? authorization : authorization.slice(0, space)
  if (!algorithm.startsWith('AWS4-')) return { ok: false, fault: faults.missingAuthenticationToken() }
  if (algorithm !== SIGV4_ALGORITHM) {
    return { ok: false, fault: faults.incompleteSignature(`Unsupported AWS 'algorithm': '${algorithm}'`) }
  }
  const fields = new Map<string, string>()
  const rest = space === -1 ? '' : authorization.slice(space + 1)
  for (const rawPart of rest.split(',')) {
    const part = rawPart.trim()
    if (part === '') continue
    const eq = part.indexOf('=')
    if (eq === -1) {
      return {
        ok: false,
        fault: faults.incompleteSignature(`'${part}' not a valid key=value pair (missing equal-sign) in Authorization header: '${authorization}'.`),
      }
    }
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const amzDate = headers.get('x-amz-date') ?? (headers.has('date') ? amzDateFromHttpDate(headers.get('date') ?? '') : undefined)
  const missing: string[] = []
  if (!fields.get('Credential')) missing.push("Authorization header requires 'Credential' parameter.")
  if (!fields.get('Signature')) missing.push("Authorization header requires 'Signature' parameter.")
  if (!fields.get('SignedHeaders')) missing.push("Authorization header requires 'SignedHeaders' parameter.")
  if (amzDate === undefined) missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
  if (missing.length > 0) {
    return { ok: false, fault: faults.incompleteSignature(`${missing.join(' ')} Authorization=${authorization}`) }
  }
  const credential = parseCredential(fields.get('Credential') ?? '')
  if ('code' in credential) return { ok: false, fault: credential }
  const securityToken = headers.get('x-amz-security-token')
  return {
    ok: true,
    input: {
      form: 'header',
      accessKeyId: credential.accessKeyId,
      scope: credential.scope,
      signedHeaders: (fields.get('SignedHeaders') ?? '').split(';').map((h) => h.toLowerCase()),
      signature: fields.get('Signature') ?? '',
      amzDate: amzDate ?? '',
      ...(securityToken === undefined ? {} : { securityToken }),
    },
  }
}

const QUERY_AUTH_PARAMETERS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'] as const

function fromQuery(query: ReadonlyMap<string, string>): SignatureInputResult {
  const algorithm = query.get('X-Amz-Algorithm')
  if (algorithm !== undefined && algorithm !== SIGV4_ALGORITHM) {
    return { ok: false, fault: faults.incompleteSignature(`Unsupported AWS 'algorithm': '${algorithm}'`) }
  }
  const missing = QUERY_AUTH_PARAMETERS.filter((name) => name !== 'X-Amz-Algorithm' && !query.get(name))
  if (missing.length > 0) {
    const listed = missing.map((name) => `AWS query-string parameters must include '${name}'.`).join(' ')
    return { ok: false, fault: faults.incompleteSignature(`${listed} Re-examine the query-string parameters.`) }
  }
  const credential = parseCredential(query.get('X-Amz-Credential') ?? '')
  if ('code' in credential) return { ok: false, fault: credential }
  const securityToken = query.get('X-Amz-Security-Token')
  return {
    ok: true,
    input: {
      form: 'query',
      accessKeyId: credential.accessKeyId,
      scope: credential.scope,
      signedHeaders: (query.get('X-Amz-SignedHeaders') ?? '').split(';').map((h) => h.toLowerCase()),
      signature: query.get('X-Amz-Signature') ?? '',
      amzDate: query.get('X-Amz-Date') ?? '',
      ...(securityToken === undefined ? {} : { securityToken }),
    },
  }
}

/**
 * Finds the request's signature: the Authorization header first, else presigned query parameters.
 * `undefined` means the request carries no authentication at all.
 */
export function readSignatureInput(headers: ReadonlyMap<string, string>, rawQuery: string): SignatureInputResult | undefined {
  const authorization = headers.get('authorization')
  if (authorization !== undefined && authorization.trim() !== '') return fromHeader(authorization.trim(), headers)
  const query = firstValues(parseQuery(rawQuery))
  if (QUERY_AUTH_PARAMETERS.some((name) => query.has(name))) return fromQuery(query)
  return undefined
}
