// Where requests go, from the engine: the STS endpoint hosts, the region each signs for, and what a
// region name looks like. The engine reads the region back from the Host header, so these must agree.
export { GLOBAL_ENDPOINT, isRegionName, signingRegionFor, STS_ENDPOINT_REGIONS, stsEndpointHost } from '../../engine/index.ts'
