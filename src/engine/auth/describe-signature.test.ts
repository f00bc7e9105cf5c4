import { describe, expect, it } from 'vitest'
import { ALICE, signQuery, T0 } from '../testing/sign-request.ts'
import { describeSignature } from './describe-signature.ts'

describe('describeSignature', () => {
  it('recomputes the signature the SDK signer made, with the steps STS shows', async () => {
    const request = await signQuery({ credentials: ALICE, body: 'Action=GetCallerIdentity&Version=2011-06-15', at: T0 })
    const work = describeSignature(request, ALICE.secretAccessKey)
    expect(work?.expectedSignature).toBe(work?.providedSignature)
    expect(work?.canonicalRequest.split('\n').slice(0, 3)).toEqual(['POST', '/', ''])
    expect(work?.stringToSign.split('\n').slice(0, 3)).toEqual(['AWS4-HMAC-SHA256', '20260101T000000Z', '20260101/us-east-1/sts/aws4_request'])
  })

  it('gives a different signature for the wrong secret, and nothing for an unsigned request', async () => {
    const request = await signQuery({ credentials: ALICE, body: 'Action=GetCallerIdentity&Version=2011-06-15', at: T0 })
    const work = describeSignature(request, 'not-the-secret')
    expect(work?.expectedSignature).not.toBe(work?.providedSignature)
    expect(describeSignature({ method: 'POST', url: '/', headers: {}, body: '' }, 'x')).toBeUndefined()
  })
})
