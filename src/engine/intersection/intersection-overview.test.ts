import { beforeAll, describe, expect, it } from 'vitest'
import { loadIamCatalogue, type IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { T0 } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import type { World } from '../world/world-schema.ts'
import { intersectionOverview } from './intersection-overview.ts'
import type { OverviewRequest, OverviewResult, OverviewRow } from './intersection-types.ts'

// A small world: no organization, one role whose identity policy allows s3:Get* and sqs:SendMessage,
// whose boundary allows s3:GetObject* and sqs:*, and a draft session policy allowing s3:GetObject and
// sqs:*. The counts follow from the catalogue by hand: a layer that is absent counts every action.
const ROLE = 'arn:aws:iam::111111111111:role/Small'
const SESSION_KEY = new Uint8Array(32).fill(7)
const doc = (actions: string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] })

let catalogue: IamCatalogue
let world: World
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
  world = worldChangedBy((w) => {
    delete w.organization
    const template = w.roles.find((r) => r.name === 'Dev')
    if (!template) throw new Error('no Dev role')
    w.roles.push({
      ...template,
      name: 'Small',
      path: '/',
      roleId: 'AROARTXV5AHDSSMALL234',
      policies: [{ name: 'SmallAccess', document: doc(['s3:Get*', 'sqs:SendMessage']) as never }],
      managedPolicyArns: [],
      permissionsBoundary: { name: 'SmallBoundary', document: doc(['s3:GetObject*', 'sqs:*']) as never },
    })
  })
})

const overview = (request: OverviewRequest): OverviewResult => intersectionOverview({ world, sessionKey: SESSION_KEY }, request, T0, catalogue)
const count = (pattern: string) => catalogue.expand(pattern).length
const rowOf = (result: OverviewResult, service: string): OverviewRow | undefined => (result.ok ? result.rows.find((r) => r.service === service) : undefined)

describe(intersectionOverview, () => {
  it('counts, per service, what each layer allows and what survives', () => {
    const result = overview({ subject: { kind: 'draft', principalArn: ROLE, sessionPolicy: JSON.stringify(doc(['s3:GetObject', 'sqs:*'])) } })
    const s3 = count('s3:*')
    expect(rowOf(result, 's3')).toEqual({
      service: 's3',
      serviceName: catalogue.serviceName('s3'),
      total: s3,
      allowedBy: { rcp: s3, scp: s3, resource: s3, identity: count('s3:Get*'), boundary: count('s3:GetObject*'), session: 1 },
      survive: 1,
    })
    const sqs = count('sqs:*')
    expect(rowOf(result, 'sqs')).toEqual({ service: 'sqs', serviceName: catalogue.serviceName('sqs'), total: sqs, allowedBy: { rcp: sqs, scp: sqs, resource: sqs, identity: 1, boundary: sqs, session: sqs }, survive: 1 })
    const ec2 = count('ec2:*')
    expect(rowOf(result, 'ec2')).toMatchObject({ total: ec2, allowedBy: { identity: 0, boundary: 0, session: 0 }, survive: 0 })
    expect(result.ok && [result.totals.total, result.totals.survive, result.totals.allowedBy.identity]).toEqual([catalogue.actionCount, 2, count('s3:Get*') + 1])
    expect(result.ok && result.hypothetical).toBe(false)
  })

  it('filters by access level and applies a what-if', () => {
    const result = overview({ subject: { kind: 'draft', principalArn: ROLE }, accessLevels: ['Write'], whatIf: { off: ['boundary'] } })
    const writes = catalogue.actionsOf('sqs').filter((a) => a.accessLevel === 'Write')
    expect(rowOf(result, 'sqs')).toMatchObject({ total: writes.length, allowedBy: { identity: 1, boundary: writes.length }, survive: 1 })
    expect(result.ok && result.hypothetical).toBe(true)
  })

  it('answers an unknown principal without throwing', () => {
    const result = overview({ subject: { kind: 'draft', principalArn: 'arn:aws:iam::111111111111:role/Nobody' } })
    expect(result.ok ? 'ok' : result.reason).toBe('unknown-principal')
  })
})
