import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine.ts'
import { fixedDeps } from '../deps.ts'
import { ALICE, BOB, ROOT_WORKLOAD, signQuery, T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15'
const engine = () => createEngine({ world: demoWorld, deps: fixedDeps(T0) })

describe('GetCallerIdentity', () => {
  it.each([
    ['alice', ALICE, 'arn:aws:iam::111111111111:user/alice', 'AIDARTXV5AHDSALICE7QZ'],
    ['bob (path /division/ is part of the ARN)', BOB, 'arn:aws:iam::111111111111:user/division/bob', 'AIDARTXV5AHDTBOB2K4MX'],
    ['root: UserId is the account id (fact 82)', ROOT_WORKLOAD, 'arn:aws:iam::111111111111:root', '111111111111'],
  ])('answers %s with the exact XML AWS sends (fact 1)', async (_label, credentials, arn, userId) => {
    const result = await engine().handle(await signQuery({ credentials, body: BODY }))
    expect(result.response.status).toBe(200)
    expect(result.response.headers['Content-Type']).toBe('text/xml')
    expect(result.response.headers['x-amzn-RequestId']).toBe(result.requestId)
    expect(result.response.body).toBe(
      [
        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
        '  <GetCallerIdentityResult>',
        `    <Arn>${arn}</Arn>`,
        `    <UserId>${userId}</UserId>`,
        '    <Account>111111111111</Account>',
        '  </GetCallerIdentityResult>',
        '  <ResponseMetadata>',
        `    <RequestId>${result.requestId}</RequestId>`,
        '  </ResponseMetadata>',
        '</GetCallerIdentityResponse>',
        '',
      ].join('\n'),
    )
  })
})
