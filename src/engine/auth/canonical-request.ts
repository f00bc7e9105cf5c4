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

/** Builds the canonical request the server compares against (the "Canonical String" of AWS's messages). */
export function canonicalRequest(input: CanonicalRequestInput, hashing: Hashing = jsHashing): string {
  const headerLines = input.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(input.headers.get(name) ?? '')}\n`).join('')
  return [
    input.method.toUpperCase(),
    canonicalUri(input.wirePath),
    canonicalQuery(input.rawQuery),
    headerLines,
    input.signedHeaders.join(';'),
    sha256Hex(input.body, hashing),
  ].join('\n')
}
