/** An HTTP request as the engine sees it: what a browser form or a socket delivered, nothing parsed yet. */
export interface HttpRequest {
  method: string
  /** Path and query exactly as sent on the wire, for example `/?Action=GetCallerIdentity&Version=2011-06-15`. */
  url: string
  /** Header names in any case. A header sent several times arrives joined with `, `. */
  headers: Readonly<Record<string, string>>
  body: string
  /** The caller's IP address as the server saw it (aws:SourceIp), when known. */
  sourceIp?: string
}

/** An HTTP response as the engine produces it. Header names keep AWS's spelling. */
export interface HttpResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** Looks a header up by name, ignoring case. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value
  }
  return undefined
}

/** Splits a wire URL into its raw path and raw query (neither decoded). */
export function splitUrl(url: string): { path: string; query: string } {
  const withoutFragment = url.split('#', 1)[0] ?? ''
  const at = withoutFragment.indexOf('?')
  const path = at === -1 ? withoutFragment : withoutFragment.slice(0, at)
  const query = at === -1 ? '' : withoutFragment.slice(at + 1)
  return { path: path === '' ? '/' : path, query }
}

/** The request's headers by lower-case name, as the engine reads them (a repeated name joined with `, `). */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase()
    map.set(key, map.has(key) ? `${map.get(key) ?? ''}, ${value}` : value)
  }
  return map
}
