import { describe, expect, it } from 'vitest'
import type { OverviewRow } from '../../engine/types.ts'
import { servicesWithAllows } from './overview-table.tsx'

const none = { rcp: 0, scp: 0, resource: 0, identity: 0, boundary: 0, session: 0 }
const row = (service: string, allowedBy: Partial<OverviewRow['allowedBy']>, survive = 0): OverviewRow => ({ service, serviceName: service, total: 10, allowedBy: { ...none, ...allowedBy }, survive })

describe('servicesWithAllows', () => {
  it('keeps the services an identity policy grants something of or whose actions survive, most survivors first', () => {
    expect(servicesWithAllows([row('s3', { identity: 3 }, 1), row('ec2', { scp: 10, resource: 10 }), row('athena', { identity: 5 }, 5), row('sqs', { resource: 1 }, 1)]).map((r) => r.service)).toEqual(['athena', 's3', 'sqs'])
  })
})
