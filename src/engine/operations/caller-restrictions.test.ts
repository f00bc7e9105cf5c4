import { describe, expect, it } from 'vitest'
import { ALICE } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'

describe('what session credentials may call', () => {
  it.each([
    ['fact 58', 'GetSessionToken', 'Cannot call GetSessionToken with session credentials'],
    ['fact 59', 'GetFederationToken', 'Cannot call GetFederationToken with session credentials'],
  ])('%s: a role session calling %s gets AccessDenied', async (_fact, operation, message) => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' }))
    const r = await sts.call(creds, operation, operation === 'GetFederationToken' ? { Name: 'jane' } : {})
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', message])
    expect(r.decidedBy).toBe('caller.restrictions')
  })
})
