// Where the playground's requests go: the global STS endpoint or a regional one. The engine reads the
// region from the Host header (sts.REGION.amazonaws.com), so the choice changes the answer too.

/** `global`, or a region name such as `eu-west-1`. */
export type EndpointChoice = string

export const GLOBAL_ENDPOINT: EndpointChoice = 'global'

/** The regions offered besides the global endpoint (a few of each kind; opt-in ones included). */
export const ENDPOINT_REGIONS: readonly string[] = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-east-1', 'me-south-1']

export function endpointHost(choice: EndpointChoice): string {
  return choice === GLOBAL_ENDPOINT ? 'sts.amazonaws.com' : `sts.${choice}.amazonaws.com`
}

/** The region in the SigV4 credential scope: us-east-1 for the global endpoint. */
export function signingRegion(choice: EndpointChoice): string {
  return choice === GLOBAL_ENDPOINT ? 'us-east-1' : choice
}
