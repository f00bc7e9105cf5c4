import { describe, expect, it } from 'vitest'
import type { HttpRequest } from '../../../engine/index.ts'
import { FORM_CONTENT_TYPE, findHeader, getUrl, rawPostRequest, wireHeaderName } from './raw-request.ts'

const body = 'Action=GetCallerIdentity&Version=2011-06-15'

// As @smithy/signature-v4 returns it in the playground (lower-case names, insertion order).
const signed: HttpRequest = {
  method: 'POST',
  url: '/',
  headers: {
    host: 'sts.amazonaws.com',
    'content-type': 'application/x-www-form-urlencoded',
    'x-amz-date': '20260101T000000Z',
    authorization: 'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=17b2',
    'x-amz-security-token': 'FQoGZXIvYXdzEXAMPLE',
  },
  body,
}

describe('findHeader', () => {
  it('ignores the case of the name', () => {
    expect(findHeader(signed.headers, 'Authorization')).toMatch(/^AWS4-HMAC-SHA256 /)
    expect(findHeader({ 'X-Amz-Date': 'd' }, 'x-amz-date')).toBe('d')
    expect(findHeader(signed.headers, 'content-length')).toBeUndefined()
  })
})

describe('wireHeaderName', () => {
  it('capitalises each word', () => {
    expect(wireHeaderName('x-amz-security-token')).toBe('X-Amz-Security-Token')
    expect(wireHeaderName('CONTENT-TYPE')).toBe('Content-Type')
    expect(wireHeaderName('host')).toBe('Host')
  })
})

describe('rawPostRequest', () => {
  it('writes a signed request with Host first, Authorization last and the body after a blank line', () => {
    expect(rawPostRequest({ host: 'sts.amazonaws.com', body, signed }).split('\n')).toEqual([
      'POST / HTTP/1.1',
      'Host: sts.amazonaws.com',
      'Content-Type: application/x-www-form-urlencoded',
      `Content-Length: ${body.length}`,
      'X-Amz-Date: 20260101T000000Z',
      'X-Amz-Security-Token: FQoGZXIvYXdzEXAMPLE',
      `Authorization: ${signed.headers.authorization}`,
      '',
      body,
    ])
  })

  it('keeps the host that was signed, since changing it would break the signature', () => {
    expect(rawPostRequest({ host: 'sts.eu-west-1.amazonaws.com', body, signed })).toContain('\nHost: sts.amazonaws.com\n')
  })

  it('adds the endpoint host when the signed request has none', () => {
    const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host'))
    const text = rawPostRequest({ host: 'sts.eu-west-1.amazonaws.com', body, signed: { ...signed, headers } })
    expect(text.split('\n')[1]).toBe('Host: sts.eu-west-1.amazonaws.com')
  })

  it('writes an unsigned request with just Host, the form Content-Type and the length', () => {
    expect(rawPostRequest({ host: 'sts.eu-west-1.amazonaws.com', body, signed: undefined })).toBe(
      ['POST / HTTP/1.1', 'Host: sts.eu-west-1.amazonaws.com', `Content-Type: ${FORM_CONTENT_TYPE}`, `Content-Length: ${body.length}`, '', body].join('\n'),
    )
  })

  it('counts Content-Length in UTF-8 bytes', () => {
    expect(rawPostRequest({ host: 'h', body: 'é', signed: undefined })).toContain('Content-Length: 2\n')
  })
})

describe('getUrl', () => {
  it('puts the body after /?', () => {
    expect(getUrl('sts.amazonaws.com', body)).toBe(`https://sts.amazonaws.com/?${body}`)
  })
})
