// Where the playground's requests go: the global STS endpoint or a regional one. The engine reads the
// region from the Host header (sts.REGION.amazonaws.com), so the hosts and signing regions come from
// the engine itself (src/engine/auth/sts-endpoints.ts); this module only names them for the app.
import { GLOBAL_ENDPOINT, signingRegionFor, STS_ENDPOINT_REGIONS, stsEndpointHost } from '../engine/endpoints.ts'
import type { EndpointChoice } from '../engine/types.ts'

export type { EndpointChoice }
export { GLOBAL_ENDPOINT }

/** The regions offered besides the global endpoint (a few of each kind; opt-in ones included). */
export const ENDPOINT_REGIONS: readonly string[] = STS_ENDPOINT_REGIONS

/** sts.amazonaws.com, sts.eu-west-1.amazonaws.com, sts.cn-north-1.amazonaws.com.cn. */
export const endpointHost: (choice: EndpointChoice) => string = stsEndpointHost

/** The region in the SigV4 credential scope: us-east-1 for the global endpoint. */
export const signingRegion: (choice: EndpointChoice) => string = signingRegionFor
