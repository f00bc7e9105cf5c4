/** Which STS endpoint a request reached, read from its Host header. */
export type Endpoint =
  | { kind: 'global'; host: string; region: 'us-east-1' }
  | { kind: 'regional'; host: string; region: string }
  /** Any other host (127.0.0.1, the in-browser engine): the region is the one the request was signed for. */
  | { kind: 'local'; host: string }

/**
 * A region name: a two-letter area, one or more words, a number (`us-east-1`, `ap-southeast-2`,
 * `us-gov-west-1`, `cn-north-1`, `eu-central-12`), as in the AWS General Reference: AWS service
 * endpoints. The one grammar of region names in the playground: the engine reads hosts with it and
 * the app checks the endpoint it offers with `isRegionName`.
 */
const REGION_NAME = '[a-z]{2}(?:-[a-z]+)+-\\d+'
const REGION = new RegExp(`^${REGION_NAME}$`)
const REGIONAL = new RegExp(`^sts(?:-fips)?\\.(${REGION_NAME})\\.amazonaws\\.com(?:\\.cn)?$`)

export function isRegionName(text: string): boolean {
  return REGION.test(text)
}

export function resolveEndpoint(host: string | undefined): Endpoint {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '')
  if (name === 'sts.amazonaws.com') return { kind: 'global', host: name, region: 'us-east-1' }
  const regional = REGIONAL.exec(name)
  if (regional?.[1]) return { kind: 'regional', host: name, region: regional[1] }
  return { kind: 'local', host: name }
}
