import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { endpointSchema } from './state-schema.ts'
import { signingRegionFor, stsEndpointHost } from '../engine/endpoints.ts'

describe('endpoint choice', () => {
  it('accepts global and region names as the engine reads them, nothing else', () => {
    for (const ok of ['global', 'eu-west-1', 'us-gov-west-1', 'cn-north-1', 'ap-southeast-10']) expect(v.is(endpointSchema, ok), ok).toBe(true)
    for (const bad of ['', 'Global', 'eu-west', 'sts.eu-west-1.amazonaws.com', 'eu-west-1/x', 'EU-WEST-1']) expect(v.is(endpointSchema, bad), bad).toBe(false)
  })

  it('gives the hosts and signing regions the engine resolves, China regions on amazonaws.com.cn', () => {
    expect([stsEndpointHost('global'), signingRegionFor('global')]).toEqual(['sts.amazonaws.com', 'us-east-1'])
    expect([stsEndpointHost('eu-west-1'), signingRegionFor('eu-west-1')]).toEqual(['sts.eu-west-1.amazonaws.com', 'eu-west-1'])
    expect(stsEndpointHost('cn-north-1')).toBe('sts.cn-north-1.amazonaws.com.cn')
  })
})
