import { describe, expect, it } from 'vitest'
import { ALICE, BOB } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
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
})
