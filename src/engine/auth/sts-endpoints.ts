import { isRegionName } from './endpoint.ts'

/**
 * The STS endpoints the playground offers: the global endpoint (sts.amazonaws.com, which signs
 * and answers as us-east-1) or a regional one (sts.REGION.amazonaws.com; sts.REGION.amazonaws.com.cn
 * in the China regions). Sources: AWS General Reference: AWS Security Token Service endpoints and
 * quotas; IAM User Guide: Manage AWS STS in an AWS Region. `resolveEndpoint` (endpoint.ts) reads
 * these hosts back to the region they stand for.
 */

/** `global`, or a region name such as `eu-west-1`. */
export type EndpointChoice = string

export const GLOBAL_ENDPOINT = 'global'

/**
 * The regions offered besides the global endpoint: a few of each kind, with two opt-in regions
 * (ap-east-1, me-south-1) whose STS an account must activate (RegionDisabledException otherwise).
 */
export const STS_ENDPOINT_REGIONS: readonly string[] = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-east-1', 'me-south-1']

function checkedRegion(choice: EndpointChoice): string {
  if (!isRegionName(choice)) throw new Error(`"${choice}" is neither global nor a region name`)
  return choice
}

export function stsEndpointHost(choice: EndpointChoice): string {
  if (choice === GLOBAL_ENDPOINT) return 'sts.amazonaws.com'
  const region = checkedRegion(choice)
  return region.startsWith('cn-') ? `sts.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`
}

/** The region in the SigV4 credential scope: us-east-1 for the global endpoint. */
export function signingRegionFor(choice: EndpointChoice): string {
  return choice === GLOBAL_ENDPOINT ? 'us-east-1' : checkedRegion(choice)
}
