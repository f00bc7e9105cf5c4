// The POST that Send makes, written out as raw HTTP/1.1 text: what a learner would see on the wire.
import type { HttpRequest } from '../../engine/types.ts'

/** The Content-Type of an unsigned Query request (the AWS SDKs send it with the charset). */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8'

/** Looks a header up by name, ignoring case (the signer writes names in lower case). */
export function findHeader(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value
  }
  return undefined
}

/** `x-amz-security-token` → `X-Amz-Security-Token`: the spelling the AWS documentation uses. */
export function wireHeaderName(name: string): string {
  return name
    .toLowerCase()
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('-')
}

/** Headers written in this order first, Authorization last, anything else in between as signed. */
const LEADING = ['host', 'content-type', 'content-length', 'x-amz-date', 'x-amz-security-token']
const TRAILING = ['authorization']

function rank(name: string): number {
  const lower = name.toLowerCase()
  const leading = LEADING.indexOf(lower)
  if (leading !== -1) return leading
  return TRAILING.includes(lower) ? LEADING.length + 1 : LEADING.length
}

/** UTF-8 length of the body: the encoded body is ASCII, but a hand-edited one need not be. */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

export interface RawPostInput {
  /** The endpoint host, used when the request carries no Host header of its own. */
  host: string
  body: string
  /** The signed request, or undefined when it is sent unsigned (or not signed yet). */
  signed: HttpRequest | undefined
}

/**
 * The raw request: request line, headers, a blank line, the body. Signed: the signer's headers with
 * their values untouched (changing one would break the signature), in a readable order with
 * Authorization last. Unsigned: Host and Content-Type only. Content-Length is added when missing, as
 * every HTTP client does for a body; it is not signed, so it cannot change the signature.
 */
export function rawPostRequest({ host, body, signed }: RawPostInput): string {
  const headers: [string, string][] = signed === undefined ? [['host', host], ['content-type', FORM_CONTENT_TYPE]] : Object.entries(signed.headers)
  if (findHeader(Object.fromEntries(headers), 'host') === undefined) headers.unshift(['host', host])
  if (findHeader(Object.fromEntries(headers), 'content-length') === undefined) headers.push(['content-length', String(byteLength(body))])
  const ordered = headers.map((header, index) => ({ header, index })).sort((a, b) => rank(a.header[0]) - rank(b.header[0]) || a.index - b.index)
  const lines = ordered.map(({ header: [name, value] }) => `${wireHeaderName(name)}: ${value}`)
  return [`POST ${signed?.url ?? '/'} HTTP/1.1`, ...lines, '', body].join('\n')
}

/** The same query as a GET: the body becomes the query string. */
export function getUrl(host: string, body: string): string {
  return `https://${host}/?${body}`
}
