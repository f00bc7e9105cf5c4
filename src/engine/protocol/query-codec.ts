/** One `name=value` pair of an AWS Query request, decoded, in wire order. */
export type QueryPair = readonly [name: string, value: string]

/** Decodes one form-urlencoded component: `+` is a space; a malformed `%` escape stays as written. */
export function decodeComponent(raw: string): string {
  if (!raw.includes('%') && !raw.includes('+')) return raw // most names and many values: nothing to decode
  const spaced = raw.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // Decode what can be decoded, escape by escape, and keep the rest literally.
    return spaced.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run)
      } catch {
        return run
      }
    })
  }
}

/** Parses a query string or an `application/x-www-form-urlencoded` body into pairs, in order. */
export function parseQuery(raw: string): QueryPair[] {
  if (raw === '') return []
  const pairs: QueryPair[] = []
  for (const part of raw.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const name = eq === -1 ? part : part.slice(0, eq)
    const value = eq === -1 ? '' : part.slice(eq + 1)
    pairs.push([decodeComponent(name), decodeComponent(value)])
  }
  return pairs
}

/**
 * The parameters as AWS reads them: when a name repeats, the first occurrence wins
 * (observed against AWS for Action, Version and operation parameters, justincormack/argmin sts_oracle.rs).
 */
export function firstValues(pairs: readonly QueryPair[]): Map<string, string> {
  const values = new Map<string, string>()
  for (const [name, value] of pairs) {
    if (!values.has(name)) values.set(name, value)
  }
  return values
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * RFC 3986 percent-encoding, as the AWS SDKs encode Query parameters (`!'()*` escaped too). An
 * unpaired surrogate (which UTF-8 cannot encode) is encoded as U+FFFD, as a UTF-8 encoder would.
 */
export function encodeComponent(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Serialises pairs in the given order: the GET query string and the POST body are the same text. */
export function encodeQuery(pairs: readonly QueryPair[]): string {
  return pairs.map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`).join('&')
}

/** A request parameter value before flattening: scalars, lists and structures. */
export type QueryValue = string | number | boolean | readonly QueryValue[] | { readonly [member: string]: QueryValue | undefined }

/**
 * Flattens structured parameters the way the Query protocol does: lists become
 * `Name.member.N` (N from 1), structures become `Name.Member`, and an empty list is sent
 * as the bare name with an empty value (`Tags=`), as botocore does (botocore's QuerySerializer, serialize.py).
 */
export function flattenParameters(parameters: Readonly<Record<string, QueryValue | undefined>>): QueryPair[] {
  const pairs: QueryPair[] = []
  const visit = (prefix: string, value: QueryValue | undefined) => {
    if (value === undefined) return
    if (typeof value === 'string') pairs.push([prefix, value])
    else if (typeof value === 'number' || typeof value === 'boolean') pairs.push([prefix, String(value)])
    else if (Array.isArray(value)) {
      if (value.length === 0) pairs.push([prefix, ''])
      value.forEach((item: QueryValue, index: number) => visit(`${prefix}.member.${index + 1}`, item))
    } else {
      for (const [member, item] of Object.entries(value)) visit(`${prefix}.${member}`, item)
    }
  }
  for (const [name, value] of Object.entries(parameters)) visit(name, value)
  return pairs
}
