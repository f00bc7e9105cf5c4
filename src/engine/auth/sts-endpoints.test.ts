import { describe, expect, it } from 'vitest'
import { isRegionName, resolveEndpoint } from './endpoint.ts'
import { signingRegionFor, STS_ENDPOINT_REGIONS, stsEndpointHost } from './sts-endpoints.ts'

// AWS General Reference: AWS Security Token Service endpoints and quotas;
// IAM User Guide: Manage AWS STS in an AWS Region.
describe('STS endpoints: host → resolveEndpoint → region round-trips', () => {
  it.each([...STS_ENDPOINT_REGIONS, 'us-gov-west-1', 'cn-north-1'])('%s', (region) => {
    const host = stsEndpointHost(region)
    expect(resolveEndpoint(host)).toEqual({ kind: 'regional', host, region })
    expect(signingRegionFor(region)).toBe(region)
  })

  it('the global endpoint is sts.amazonaws.com and signs as us-east-1', () => {
    expect(stsEndpointHost('global')).toBe('sts.amazonaws.com')
    expect(resolveEndpoint(stsEndpointHost('global'))).toEqual({ kind: 'global', host: 'sts.amazonaws.com', region: 'us-east-1' })
    expect(signingRegionFor('global')).toBe('us-east-1')
  })

  it('the China regions are under amazonaws.com.cn', () => {
    expect(stsEndpointHost('cn-northwest-1')).toBe('sts.cn-northwest-1.amazonaws.com.cn')
  })

  it('offers the app\'s regions, each a region name', () => {
    expect(STS_ENDPOINT_REGIONS).toEqual(['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-east-1', 'me-south-1'])
    expect(STS_ENDPOINT_REGIONS.every(isRegionName)).toBe(true)
  })

  it('refuses a choice that is not a region name', () => {
    expect(() => stsEndpointHost('evil.example.com/x')).toThrow(/region name/)
    expect(() => signingRegionFor('Global')).toThrow(/region name/)
  })
})

describe('isRegionName: the one grammar of region names', () => {
  const rows: [string, boolean][] = [
    ['us-east-1', true],
    ['ap-southeast-2', true],
    ['us-gov-west-1', true],
    ['eu-central-12', true], // more than one digit: the host grammar reads it, so the name grammar does too
    ['global', false],
    ['US-EAST-1', false],
    ['us-east', false],
    ['useast1', false],
    ['us-east-1 ', false],
    ['', false],
  ]
  it.each(rows)('%j → %s', (text, expected) => {
    expect(isRegionName(text)).toBe(expected)
  })

  it('every host it accepts as regional carries a region name', () => {
    for (const host of ['sts.us-east-1.amazonaws.com', 'sts-fips.us-gov-west-1.amazonaws.com', 'sts.cn-north-1.amazonaws.com.cn']) {
      const endpoint = resolveEndpoint(host)
      expect(endpoint.kind === 'regional' && isRegionName(endpoint.region)).toBe(true)
    }
  })
})
