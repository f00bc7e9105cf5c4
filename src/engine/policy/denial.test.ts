// Check.denial: the structured reason a policy layer refused, on the failing authorization check.
import { describe, expect, it } from 'vitest'
import type { PolicyDenial } from './denial.ts'
import { ALICE, BOB, VENDOR_BOT } from '../testing/sign-request.ts'
import { stsTestClient } from '../testing/sts-test-client.ts'
import { aliceAlso } from '../testing/test-worlds.ts'
import type { TestCredentials } from '../testing/sign-request.ts'
import type { World } from '../world/world-schema.ts'

const ROLE = (name: string) => `arn:aws:iam::111111111111:role/${name}`

interface Case {
  name: string
  world?: World
  caller: TestCredentials
  action: string
  parameters: Record<string, string>
  check: string
  denial: PolicyDenial
}

const cases: Case[] = [
  {
    name: 'AssumeRole of Admin without MFA: the trust policy’s only Allow fails on Bool aws:MultiFactorAuthPresent, absent from the request',
    caller: ALICE,
    action: 'AssumeRole',
    parameters: { RoleArn: ROLE('Admin'), RoleSessionName: 'no-mfa' },
    check: 'assume.authorize.sts:AssumeRole',
    denial: {
      layer: 'resource',
      reason: 'no-allow',
      policy: 'trust policy of Admin',
      statement: { index: 0, effect: 'Allow' },
      condition: { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', expected: ['true'], actual: undefined },
    },
  },
  {
    name: 'AssumeRole of VendorAudit by vendor-bot without ExternalId: StringEquals sts:ExternalId fails',
    caller: VENDOR_BOT,
    action: 'AssumeRole',
    parameters: { RoleArn: ROLE('VendorAudit'), RoleSessionName: 'audit' },
    check: 'assume.authorize.sts:AssumeRole',
    denial: {
      layer: 'resource',
      reason: 'no-allow',
      policy: 'trust policy of VendorAudit',
      statement: { index: 0, effect: 'Allow' },
      condition: { operator: 'StringEquals', key: 'sts:ExternalId', expected: ['4242-vendor-audit'], actual: undefined },
    },
  },
  {
    name: 'the same with a wrong ExternalId: the request’s value is named',
    caller: VENDOR_BOT,
    action: 'AssumeRole',
    parameters: { RoleArn: ROLE('VendorAudit'), RoleSessionName: 'audit', ExternalId: 'guess' },
    check: 'assume.authorize.sts:AssumeRole',
    denial: {
      layer: 'resource',
      reason: 'no-allow',
      policy: 'trust policy of VendorAudit',
      statement: { index: 0, effect: 'Allow' },
      condition: { operator: 'StringEquals', key: 'sts:ExternalId', expected: ['4242-vendor-audit'], actual: ['guess'] },
    },
  },
  {
    name: 'AssumeRole of VendorAudit by alice: no statement names her account, so none is closest',
    caller: ALICE,
    action: 'AssumeRole',
    parameters: { RoleArn: ROLE('VendorAudit'), RoleSessionName: 'nope' },
    check: 'assume.authorize.sts:AssumeRole',
    denial: { layer: 'resource', reason: 'no-allow', policy: 'trust policy of VendorAudit' },
  },
  {
    name: 'GetFederationToken by bob: his one identity policy allows only s3:GetObject',
    caller: BOB,
    action: 'GetFederationToken',
    parameters: { Name: 'jane' },
    check: 'federation.authorize.sts:GetFederationToken',
    denial: { layer: 'identity', reason: 'no-allow', policy: 'BobReports' },
  },
  {
    name: 'GetFederationToken by alice with a Deny statement added: an explicit deny names the statement',
    world: aliceAlso({ Sid: 'NoFederation', Effect: 'Deny', Action: 'sts:GetFederationToken', Resource: '*' }),
    caller: ALICE,
    action: 'GetFederationToken',
    parameters: { Name: 'jane' },
    check: 'federation.authorize.sts:GetFederationToken',
    denial: { layer: 'identity', reason: 'explicit-deny', policy: 'AliceAccess', statement: { index: 3, sid: 'NoFederation', effect: 'Deny' } },
  },
  {
    name: 'an explicit Deny with a condition names the condition that held',
    world: aliceAlso({ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    caller: ALICE,
    action: 'AssumeRole',
    parameters: { RoleArn: ROLE('Dev'), RoleSessionName: 'denied' },
    check: 'assume.authorize.sts:AssumeRole',
    denial: {
      layer: 'identity',
      reason: 'explicit-deny',
      policy: 'AliceAccess',
      statement: { index: 3, effect: 'Deny' },
      condition: { operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', expected: ['false'], actual: undefined },
    },
  },
  {
    name: 'GetAccessKeyInfo by alice: nothing in her identity policy allows it',
    caller: ALICE,
    action: 'GetAccessKeyInfo',
    parameters: { AccessKeyId: 'AKIARTXV5AHDSAGTTNG7' },
    check: 'access-key-info.authorize',
    denial: { layer: 'identity', reason: 'no-allow', policy: 'AliceAccess' },
  },
]

describe('Check.denial', () => {
  it.each(cases)('$name', async ({ world, caller, action, parameters, check, denial }) => {
    const r = await stsTestClient(world).call(caller, action, parameters)
    expect(r.code).toBe('AccessDenied')
    const failing = r.checks[r.decidingIndex ?? -1]
    expect(failing?.id).toBe(check)
    expect(failing?.denial).toEqual(denial)
  })

  it('is absent from passed checks and from failures that are not policy decisions', async () => {
    const sts = stsTestClient()
    const allowed = await sts.call(ALICE, 'AssumeRole', { RoleArn: ROLE('Dev'), RoleSessionName: 'ok' })
    expect(allowed.status).toBe(200)
    expect(allowed.checks.filter((c) => c.denial !== undefined)).toEqual([])
    const invalid = await sts.call(ALICE, 'AssumeRole', { RoleArn: ROLE('Dev') })
    expect(invalid.code).toBe('ValidationError')
    expect(invalid.checks.filter((c) => c.denial !== undefined)).toEqual([])
  })
})
