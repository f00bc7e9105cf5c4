import { encodeComponent, parseQuery } from '../protocol/query-codec.ts'
import { jsHashing, type Hashing } from './hashing.ts'
import { sha256Hex } from './sigv4-crypto.ts'

/**
 * The canonical URI of a non-S3 service: dot segments and empty segments removed, then the
 * path as it came over the wire is URI-encoded once more (so `%20` becomes `%2520`), keeping `/`.
 */
export function canonicalUri(wirePath: string): string {
  if (wirePath === '/') return '/' // every Query request: nothing to normalise or encode
  const segments: string[] = []
  for (const segment of wirePath.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const trailing = segments.length > 0 && wirePath.endsWith('/') ? '/' : ''
  const normalized = `/${segments.join('/')}${trailing}`
  return encodeComponent(normalized).replace(/%2F/g, '/')
}

/** The canonical query: every parameter but X-Amz-Signature, re-encoded, sorted by name then value. */
export function canonicalQuery(rawQuery: string): string {
  return parseQuery(rawQuery)
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [encodeComponent(name), encodeComponent(value)] as const)
    .sort(([n1, v1], [n2, v2]) => (n1 < n2 ? -1 : n1 > n2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}

/** A header value as SigV4 canonicalises it: trimmed, runs of white space folded to one space. */
function canonicalHeaderValue(value: string): string {
  return value.trim().replace(/\s+/g, ' ')
}

export interface CanonicalRequestInput {
  method: string
  wirePath: string
  rawQuery: string
  /** Lower-case header names. */
  headers: ReadonlyMap<string, string>
  /** As listed by the client, lower case. */
  signedHeaders: readonly string[]
  body: string
}

/**
 * The six parts of a SigV4 canonical request (AWS IAM User Guide, "Create a canonical request for
 * a signed AWS API request"): method, canonical URI, canonical query, one `name:value` line per
 * signed header, the signed header names, and the hex SHA-256 of the payload.
 */
export interface CanonicalRequestParts {
  method: string
  /** The canonical URI: `/` for every STS Query request. */
  path: string
  /** Sorted, encoded query parameters: empty for a POST, whose parameters travel in the body. */
  query: string
  /** `name:value` for each signed header, in the order the client listed them (lower-case, sorted). */
  headers: string[]
  /** The signed header names joined with `;`. */
  signedHeaders: string
  /** Hex SHA-256 of the body. */
  payloadHash: string
}

/** Computes the canonical request's parts; `joinCanonicalRequest` makes the text that is hashed. */
export function canonicalRequestParts(input: CanonicalRequestInput, hashing: Hashing = jsHashing): CanonicalRequestParts {
  return {
    method: input.method.toUpperCase(),
    path: canonicalUri(input.wirePath),
    query: canonicalQuery(input.rawQuery),
    headers: input.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(input.headers.get(name) ?? '')}`),
    signedHeaders: input.signedHeaders.join(';'),
    payloadHash: sha256Hex(input.body, hashing),
  }
}

/** The canonical request text: the parts on their lines, each header line ended by a newline (so a blank line follows the headers). */
export function joinCanonicalRequest(parts: CanonicalRequestParts): string {
  const headerLines = parts.headers.length === 0 ? '' : `${parts.headers.join('\n')}\n`
  return `${parts.method}\n${parts.path}\n${parts.query}\n${headerLines}\n${parts.signedHeaders}\n${parts.payloadHash}`
}

/** Builds the canonical request the server compares against (the "Canonical String" of AWS's messages). */
export function canonicalRequest(input: CanonicalRequestInput, hashing: Hashing = jsHashing): string {
  return joinCanonicalRequest(canonicalRequestParts(input, hashing))
}
