import { describe, expect, it } from 'vitest'
import { canonicalRequestParts, stringToSignParts } from './signing-parts.ts'

// describeSignature's output for a GetCallerIdentity POST signed by alice at 2026-01-01T00:00:00Z.
const canonical = [
  'POST',
  '/',
  '',
  'content-type:application/x-www-form-urlencoded',
  'host:sts.amazonaws.com',
  'x-amz-date:20260101T000000Z',
  '',
  'content-type;host;x-amz-date',
  'ab821ae955788b0e33ebd34c208442ccfc2d406e2edc5e7a39bd6458fbb4f843',
].join('\n')

const toSign = [
  'AWS4-HMAC-SHA256',
  '20260101T000000Z',
  '20260101/us-east-1/sts/aws4_request',
  '527bbb7c950a0b4742434028464149dfe1f50bdf016e9f3d2066a124a46e6f64',
].join('\n')

describe('canonicalRequestParts', () => {
  it('names the six parts, with one line per header', () => {
    expect(canonicalRequestParts(canonical)).toEqual({
      method: 'POST',
      path: '/',
      query: '',
      headers: ['content-type:application/x-www-form-urlencoded', 'host:sts.amazonaws.com', 'x-amz-date:20260101T000000Z'],
      signedHeaders: 'content-type;host;x-amz-date',
      payloadHash: 'ab821ae955788b0e33ebd34c208442ccfc2d406e2edc5e7a39bd6458fbb4f843',
    })
  })

  it('rejects text of another shape', () => {
    expect(canonicalRequestParts('POST\n/\n')).toBeUndefined()
    expect(canonicalRequestParts(canonical.replace('\n\ncontent-type;', '\ncontent-type;'))).toBeUndefined()
  })
})

describe('stringToSignParts', () => {
  it('names the four lines and splits the credential scope', () => {
    expect(stringToSignParts(toSign)).toEqual({
      algorithm: 'AWS4-HMAC-SHA256',
      amzDate: '20260101T000000Z',
      scope: { date: '20260101', region: 'us-east-1', service: 'sts', terminator: 'aws4_request' },
      canonicalRequestHash: '527bbb7c950a0b4742434028464149dfe1f50bdf016e9f3d2066a124a46e6f64',
    })
  })

  it('rejects text of another shape', () => {
    expect(stringToSignParts('AWS4-HMAC-SHA256\n20260101T000000Z')).toBeUndefined()
    expect(stringToSignParts(toSign.replace('/aws4_request', ''))).toBeUndefined()
  })
})
