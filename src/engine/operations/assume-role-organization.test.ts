import { describe, expect, it } from 'vitest'
import { scpLevels } from '../authorization/organization-policies.ts'
import { ALICE, VENDOR_BOT } from '../testing/sign-request.ts'
import { stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { worldWith } from '../testing/test-worlds.ts'
import type { World } from '../world/world-schema.ts'
import { currentMfaCode } from './assume/mfa-code.ts'

// The demo world has no organization; these tests add one (workload and production, managed from
// production) to check that AssumeRole consults SCPs and RCPs (IAM User Guide: How AWS enforcement code logic evaluates requests to allow or deny access; AWS Organizations: RCP evaluation).
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }

function withOrganization(organization: Record<string, unknown>): World {
  return worldWith({ organization: { id: 'o-exampleorg1', managementAccount: '222222222222', accounts: ['111111111111', '222222222222'], scps: [], rcps: [], ...organization } })
}

describe('AssumeRole under an organization', () => {
  it('an SCP Deny on the caller’s account stops AssumeRole even with MFA and a trusting role', async () => {
    const world = withOrganization({
      scps: [
        { name: 'FullAWSAccess', document: allowAll, targets: ['root', '111111111111'] },
        { name: 'NoAdmin', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/Admin' }] }, targets: ['111111111111'] },
      ],
    })
    const sts = stsTestClient(world)
    const code = currentMfaCode('RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB', T0)
    const r = await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Admin', RoleSessionName: 'admin', SerialNumber: 'arn:aws:iam::111111111111:mfa/alice', TokenCode: code })
    expect([r.status, r.code]).toEqual([403, 'AccessDenied'])
    expect(r.checks.find((c) => c.outcome === 'fail')?.detail).toBe('Denied with an explicit deny in a service control policy.')
    expect((await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' })).status).toBe(200)
  })

  it('an SCP allow-list without sts:AssumeRole denies implicitly', async () => {
    const world = withOrganization({ scps: [{ name: 'OnlyS3', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, targets: ['111111111111'] }] })
    const r = await stsTestClient(world).call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' })
    expect(r.code).toBe('AccessDenied')
    expect(r.checks.find((c) => c.outcome === 'fail')?.detail).toBe('Denied because no service control policy allows the sts:AssumeRole action.')
  })

  it('an RCP keeps principals outside the organization out, whatever the trust policy says', async () => {
    const world = withOrganization({
      rcps: [
        {
          name: 'OrgOnly',
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorg1' } } }] },
          targets: ['root'],
        },
      ],
    })
    const sts = stsTestClient(world)
    const vendor = await sts.call(VENDOR_BOT, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/VendorAudit', RoleSessionName: 'audit', ExternalId: '4242-vendor-audit' })
    expect(vendor.code).toBe('AccessDenied')
    expect(vendor.checks.find((c) => c.outcome === 'fail')?.detail).toBe('Denied with an explicit deny in a resource control policy.')
    expect((await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' })).status).toBe(200)
  })

  it('a Deny SCP alone at a level, with FullAWSAccess detached there, leaves nothing allowed', async () => {
    const world = withOrganization({
      scps: [
        { name: 'FullAWSAccess', document: allowAll, targets: ['root'] },
        { name: 'NoAdmin', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/Admin' }] }, targets: ['111111111111'] },
      ],
    })
    const r = await stsTestClient(world).call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' })
    expect(r.checks.find((c) => c.outcome === 'fail')?.detail).toBe('Denied because no service control policy allows the sts:AssumeRole action.')
  })

  it('SCPs do not apply to the management account, and a level with nothing attached allows all', () => {
    const world = withOrganization({ scps: [{ name: 'OnlyS3', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, targets: ['111111111111'] }] })
    expect(scpLevels(world, '222222222222')).toBeUndefined()
    expect(scpLevels(world, '333333333333')).toBeUndefined()
    expect(scpLevels(world, '111111111111')?.map((level) => level.map((p) => p.name))).toEqual([['FullAWSAccess'], ['OnlyS3']])
  })
})
