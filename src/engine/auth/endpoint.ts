/** Which STS endpoint a request reached, read from its Host header. */
export type Endpoint =
  | { kind: 'global'; host: string; region: 'us-east-1' }
  | { kind: 'regional'; host: string; region: string }
  /** Any other host (127.0.0.1, the in-browser engine): the region is the one the request was signed for. */
  | { kind: 'local'; host: string }

const REGIONAL = /^sts(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(?:\.cn)?$/

export function resolveEndpoint(host: string | undefined): Endpoint {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '')
  if (name === 'sts.amazonaws.com') return { kind: 'global', host: name, region: 'us-east-1' }
  const regional = REGIONAL.exec(name)
  if (regional?.[1]) return { kind: 'regional', host: name, region: regional[1] }
  return { kind: 'local', host: name }
}
