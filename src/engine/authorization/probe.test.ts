import { describe, expect, it } from 'vitest'
import { currentMfaCode } from '../operations/assume/mfa-code.ts'
import { ALICE, BOB } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { aliceAlso } from '../testing/test-worlds.ts'
import { decodeAuthorizationMessage } from './authorization-message.ts'
import { probe } from './probe.ts'

describe(probe, () => {
  it('bob may read reports but not write them: his policy allows s3:GetObject on reports/* only', () => {
    const { engine } = stsTestClient()
    const read = probe(engine, { ...BOB, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
    const write = probe(engine, { ...BOB, action: 's3:PutObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
    expect(read.ok && read.decision.result).toBe('Allow')
    expect(write.ok && [write.decision.result, write.decision.reason]).toEqual(['ImplicitDeny', 'because no identity-based policy allows the s3:PutObject action'])
    expect(write.ok && write.caller.arn).toBe('arn:aws:iam::111111111111:user/division/bob')
    expect(read.ok && read.encodedMessage).toBeUndefined()
    const decoded = JSON.parse((write.ok && write.encodedMessage && decodeAuthorizationMessage(write.encodedMessage, engine.sessionKey)) || '{}') as { allowed: boolean; context: { action: string; resource: string } }
    expect([decoded.allowed, decoded.context.action, decoded.context.resource]).toEqual([false, 's3:PutObject', 'arn:aws:s3:::reports/q1.csv'])
  })

  it('a role session is limited by its session policy, and the trace says which statement allowed', async () => {
    const sts = stsTestClient()
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] })
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'narrow', Policy: policy }))
    const get = probe(sts.engine, { ...creds, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
    const put = probe(sts.engine, { ...creds, action: 's3:PutObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
    expect(get.ok && get.decision.result).toBe('Allow')
    const sessionLayer = get.ok ? get.decision.layers.find((l) => l.layer === 'session') : undefined
    expect(sessionLayer?.policies[0]?.statements[0]).toMatchObject({ sid: 'ReadReports', applies: true })
    expect(put.ok && [put.decision.result, put.decision.layer]).toEqual(['ImplicitDeny', 'session'])
  })

  it('the demo ReadOnly role: its boundary keeps s3:GetObject and drops s3:GetBucketPolicy', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly', RoleSessionName: 'ro' }))
    const policy = probe(sts.engine, { ...creds, action: 's3:GetBucketPolicy', resource: 'arn:aws:s3:::reports' }, T0)
    expect(policy.ok && [policy.decision.result, policy.decision.layer]).toEqual(['ImplicitDeny', 'boundary'])
  })

  it('says so when the credentials have expired or are not valid', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev', DurationSeconds: 900 }))
    expect(probe(sts.engine, { ...creds, action: 's3:GetObject', resource: '*' }, T0 + 900_000)).toMatchObject({ ok: false, reason: 'expired' })
    expect(probe(sts.engine, { accessKeyId: 'AKIARTXV5AHDZZZZZZZZ', action: 's3:GetObject', resource: '*' }, T0)).toMatchObject({ ok: false, reason: 'invalid-credentials' })
  })

  // IAM User Guide, "Compare AWS STS credentials"; AWS STS API Reference, GetSessionToken and
  // GetFederationToken ("Permissions"). IAM answers 403 InvalidClientTokenId (99designs/aws-vault#15,
  // cloudyr/aws.iam#15; jantman/awslimitchecker#139 for GetFederationToken).
  describe('credential restrictions: IAM with GetSessionToken or GetFederationToken credentials', () => {
    const IAM_ALLOWED = aliceAlso({ Effect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser'], Resource: '*' })
    const IAM_TOKEN_FAULT = { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid', type: 'Sender', status: 403 }

    it('GetSessionToken without MFA: iam:ListUsers is denied by the credentials, not by a policy (aws-vault#15)', async () => {
      const sts = stsTestClient(IAM_ALLOWED)
      const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken'))
      const r = probe(sts.engine, { ...creds, action: 'iam:ListUsers', resource: '*' }, T0)
      if (!r.ok) throw new Error(r.detail)
      expect([r.decision.result, r.decision.deniedBy, r.decision.layer, r.decision.reason]).toEqual([
        'ExplicitDeny',
        'credentials',
        undefined,
        'because credentials from GetSessionToken without MFA cannot call IAM API operations',
      ])
      expect(r.restriction).toMatchObject({ rule: 'iam-needs-mfa', fault: IAM_TOKEN_FAULT })
      expect(r.policyDecision?.result).toBe('Allow')
      expect(r.encodedMessage).toBeUndefined()
      const other = probe(sts.engine, { ...creds, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }, T0)
      expect(other.ok && other.restriction).toBeUndefined()
    })

    it('GetSessionToken with MFA: the policies decide iam:ListUsers (Allow here)', async () => {
      const sts = stsTestClient(IAM_ALLOWED)
      const creds = credentialsOf(await sts.call(ALICE, 'GetSessionToken', { SerialNumber: 'arn:aws:iam::111111111111:mfa/alice', TokenCode: currentMfaCode('RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB', T0) }))
      const r = probe(sts.engine, { ...creds, action: 'iam:ListUsers', resource: '*' }, T0)
      expect(r.ok && [r.decision.result, r.restriction]).toEqual(['Allow', undefined])
    })

    it('GetFederationToken: IAM is refused even when the session policy allows iam:* (awslimitchecker#139)', async () => {
      const sts = stsTestClient(aliceAlso({ Effect: 'Allow', Action: ['iam:*', 'sts:GetFederationToken'], Resource: '*' }))
      const Policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] })
      const federated = await sts.call(ALICE, 'GetFederationToken', { Name: 'jane', Policy })
      expect(federated.status).toBe(200)
      const r = probe(sts.engine, { ...credentialsOf(federated), action: 'iam:GetUser', resource: 'arn:aws:iam::111111111111:user/alice' }, T0)
      if (!r.ok) throw new Error(r.detail)
      expect([r.decision.result, r.decision.deniedBy, r.restriction?.rule, r.restriction?.fault]).toEqual(['ExplicitDeny', 'credentials', 'federated-user-no-iam', IAM_TOKEN_FAULT])
      expect(r.policyDecision?.result).toBe('Allow')
    })

    it('long-term keys and role sessions: the policies decide', async () => {
      const sts = stsTestClient(IAM_ALLOWED)
      const longTerm = probe(sts.engine, { ...ALICE, action: 'iam:ListUsers', resource: '*' }, T0)
      expect(longTerm.ok && [longTerm.decision.result, longTerm.restriction]).toEqual(['Allow', undefined])
      const dev = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' }))
      const role = probe(sts.engine, { ...dev, action: 'iam:ListUsers', resource: '*' }, T0)
      expect(role.ok && [role.decision.deniedBy, role.restriction]).toEqual([undefined, undefined])
    })
  })
})
