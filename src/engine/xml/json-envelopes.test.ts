import { describe, expect, it } from 'vitest'
import { ALICE } from '../testing/sign-request.ts'
import { reply, stsTestClient } from '../testing/sts-test-client.ts'
import { signQuery } from '../testing/sign-request.ts'
import { javaDouble } from './json-envelopes.ts'

describe(javaDouble, () => {
  it.each([
    [1514869445, '1.514869445E9'],
    [1767229200, '1.7672292E9'],
    [1e9, '1.0E9'],
    [8, '8.0'],
  ])('prints %d as Java prints a double: %s', (value, text) => {
    expect(javaDouble(value)).toBe(text)
  })
})

describe('Accept: application/json (fact 89, recorded against AWS by LocalStack)', () => {
  it('answers AssumeRole as JSON with Expiration in epoch seconds', async () => {
    const sts = stsTestClient()
    const body = 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=json'
    const signed = await signQuery({ credentials: ALICE, body })
    const r = reply(await sts.engine.handle({ ...signed, headers: { ...signed.headers, accept: 'application/json' } }))
    expect(r.status).toBe(200)
    expect(r.response.headers['Content-Type']).toBe('application/json')
    expect(r.body).toMatch(/"Expiration":1\.7672292E9/)
    const json = JSON.parse(r.body) as { AssumeRoleResponse: { AssumeRoleResult: { AssumedRoleUser: { Arn: string }; Credentials: { AccessKeyId: string; Expiration: number } }; ResponseMetadata: { RequestId: string } } }
    expect(json.AssumeRoleResponse.AssumeRoleResult.AssumedRoleUser.Arn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/json')
    expect(json.AssumeRoleResponse.AssumeRoleResult.Credentials.Expiration).toBe(1767229200)
    expect(json.AssumeRoleResponse.ResponseMetadata.RequestId).toBe(r.requestId)
  })

  it('answers errors as {"Error":{Code, Message, Type}, "RequestId"}', async () => {
    const sts = stsTestClient()
    const r = reply(await sts.engine.handle({ method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: 'Action=NoSuchAction&Version=2011-06-15' }))
    expect(r.body).toBe(JSON.stringify({ Error: { Code: 'InvalidAction', Message: 'Could not find operation NoSuchAction for version 2011-06-15', Type: 'Sender' }, RequestId: r.requestId }))
  })
})
