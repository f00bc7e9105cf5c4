import { describe, expect, it } from 'vitest'
import { canonicalQuery, canonicalRequest, canonicalUri } from './canonical-request.ts'
import { signatureFor, stringToSign } from './sigv4-crypto.ts'

// AWS's published SigV4 test suite (aws-sig-v4-test-suite): key AKIDEXAMPLE, the secret below,
// region us-east-1, service "service", 2015-08-30T12:36:00Z. Expected signatures are AWS's own.
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
const SCOPE = '20150830/us-east-1/service/aws4_request'
const AMZ_DATE = '20150830T123600Z'

interface Vector {
  name: string
  method: string
  query: string
  headers: Record<string, string>
  body: string
  signature: string
  canonical?: string
}

const vectors: Vector[] = [
  {
    name: 'get-vanilla',
    method: 'GET',
    query: '',
    headers: { host: 'example.amazonaws.com', 'x-amz-date': AMZ_DATE },
    body: '',
    signature: '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    canonical:
      'GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  },
  {
    name: 'get-vanilla-query-order-key-case',
    method: 'GET',
    query: 'Param2=value2&Param1=value1',
    headers: { host: 'example.amazonaws.com', 'x-amz-date': AMZ_DATE },
    body: '',
    signature: 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
  },
  {
    name: 'post-vanilla',
    method: 'POST',
    query: '',
    headers: { host: 'example.amazonaws.com', 'x-amz-date': AMZ_DATE },
    body: '',
    signature: '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
  },
  {
    name: 'post-x-www-form-urlencoded',
    method: 'POST',
    query: '',
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'example.amazonaws.com', 'x-amz-date': AMZ_DATE },
    body: 'Param1=value1',
    signature: 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a',
  },
]

describe('SigV4 against AWS test-suite vectors', () => {
  it.each(vectors)('$name', (vector) => {
    const headers = new Map(Object.entries(vector.headers))
    const canonical = canonicalRequest({
      method: vector.method,
      wirePath: '/',
      rawQuery: vector.query,
      headers,
      signedHeaders: [...headers.keys()].sort(),
      body: vector.body,
    })
    if (vector.canonical) expect(canonical).toBe(vector.canonical)
    expect(signatureFor(SECRET, SCOPE, stringToSign(AMZ_DATE, SCOPE, canonical))).toBe(vector.signature)
  })
})

describe(canonicalUri, () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/example/..', '/'],
    ['/./', '/'],
    ['/example1/example2/../..', '/'],
    ['//example//', '/example/'],
    ['/documents%20and%20settings/', '/documents%2520and%2520settings/'],
    ['/-._~', '/-._~'],
  ])('normalises %j to %j (non-S3: the wire path is encoded once more)', (path, expected) => {
    expect(canonicalUri(path)).toBe(expected)
  })
})

describe(canonicalQuery, () => {
  it.each([
    ['Param2=value2&Param1=value1', 'Param1=value1&Param2=value2'],
    ['Param1=value2&Param1=Value1', 'Param1=Value1&Param1=value2'],
    ['Param1=value1&Param1=value2', 'Param1=value1&Param1=value2'],
    ['-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz',
      '-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'],
    ['Param1=a b', 'Param1=a%20b'],
    ['lifecycle', 'lifecycle='],
    ['Action=GetCallerIdentity&X-Amz-Signature=abc&Version=2011-06-15', 'Action=GetCallerIdentity&Version=2011-06-15'],
  ])('canonicalises %j', (query, expected) => {
    expect(canonicalQuery(query)).toBe(expected)
  })
})
