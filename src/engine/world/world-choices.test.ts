import { describe, expect, it } from 'vitest'
import { ALICE } from '../testing/sign-request.ts'
import { stsTestClient } from '../testing/sts-test-client.ts'
import { demoWorld } from './demo-world.ts'
import { worldChoices } from './world-choices.ts'

// The ARNs are IAM's (IAM User Guide: IAM identifiers); SerialNumber is the MFA device's ARN
// (AWS STS API Reference: AssumeRole, SerialNumber).
describe('worldChoices: what the request form can offer, from the demo world', () => {
  const choices = worldChoices(demoWorld)

  it('roles with their ARN (path included) and MaxSessionDuration', () => {
    expect(choices.roles).toContainEqual({ arn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly', name: 'ReadOnly', account: '111111111111', maxSessionDuration: 7200 })
    expect(choices.roles).toContainEqual({ arn: 'arn:aws:iam::222222222222:role/CrossAccountDeploy', name: 'CrossAccountDeploy', account: '222222222222', maxSessionDuration: 3600 })
    expect(choices.roles).toHaveLength(demoWorld.roles.length)
  })

  it('identity providers, users, accounts and MFA devices', () => {
    expect(choices.samlProviders).toEqual([{ arn: 'arn:aws:iam::111111111111:saml-provider/ExampleIdP', name: 'ExampleIdP', account: '111111111111' }])
    expect(choices.oidcProviders).toEqual([{ arn: 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com', url: 'https://oidc.example.com', account: '111111111111' }])
    expect(choices.users.map((u) => u.arn)).toEqual(['arn:aws:iam::111111111111:user/alice', 'arn:aws:iam::111111111111:user/division/bob', 'arn:aws:iam::333333333333:user/vendor-bot'])
    expect(choices.accounts.map((a) => a.id)).toEqual(['111111111111', '222222222222', '333333333333'])
    expect(choices.mfaDevices).toEqual([{ userArn: 'arn:aws:iam::111111111111:user/alice', serialNumbers: ['arn:aws:iam::111111111111:mfa/alice'] }])
  })

  it('follows the partition of the world', () => {
    const cn = worldChoices({ ...demoWorld, partition: 'aws-cn' })
    expect(cn.roles[0]?.arn).toMatch(/^arn:aws-cn:iam::/)
    expect(cn.samlProviders[0]?.arn).toMatch(/^arn:aws-cn:iam::/)
  })

  it('each role it offers is one AssumeRole finds: alice assumes Dev by the offered ARN', async () => {
    const dev = choices.roles.find((role) => role.name === 'Dev')
    const reply = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: dev?.arn ?? '', RoleSessionName: 's1' })
    expect(reply.status).toBe(200)
  })
})
