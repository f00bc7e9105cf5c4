// The soak's fuzzed HTTP requests: form POSTs and GETs of every STS operation with fuzzed parameters
// (soak-fuzz-values.ts), unsigned, SigV4-signed with the demo world's keys, or signed and then
// spoiled; and requests that are wrong at the HTTP level: odd methods, paths and headers, broken
// encodings, huge values, and bytes no HTTP client would send (written to a bare socket).
import { API_VERSION, operationNames } from '../src/engine/index.ts'
import { ALICE, BOB, PRODUCTION_ROOT, ROOT_WORKLOAD, VENDOR_BOT, type TestCredentials } from '../src/engine/testing/sign-request.ts'
import { fuzzParameters, mutate, type FuzzMaterial } from './soak-fuzz-values.ts'
import type { Random } from './soak-random.ts'

export type FuzzKind = 'form' | 'signed' | 'bad-signature' | 'query' | 'http-junk' | 'encoding' | 'huge' | 'raw'

export interface FuzzRequest {
  kind: FuzzKind
  method: string
  /** Path and query, printable ASCII only (what an HTTP client will send). */
  path: string
  headers: Record<string, string>
  body: Buffer
  /** Sign it with these demo credentials (at send time: SigV4 signatures are good for 15 minutes). */
  signWith?: TestCredentials
  /** After signing, spoil the signed request this way. */
  spoil?: (headers: Record<string, string>, body: Buffer) => { headers: Record<string, string>; body: Buffer }
  /** Bytes written as they are to a bare socket instead (kind 'raw'). */
  raw?: Buffer
}

const CREDENTIALS = [ALICE, BOB, ROOT_WORKLOAD, PRODUCTION_ROOT, VENDOR_BOT]
const FORM = 'application/x-www-form-urlencoded'
const CONTENT_TYPES = [FORM, `${FORM}; charset=utf-8`, `${FORM}; charset=utf-16`, 'APPLICATION/X-WWW-FORM-URLENCODED', 'text/plain', 'application/json', 'application/x-amz-json-1.1', 'multipart/form-data; boundary=x', 'application/xml', '']

/**
 * Percent-encodes UTF-8 the way the SDKs do: RFC 3986 unreserved characters as they are, everything
 * else escaped (encodeURIComponent leaves !'()* alone; a lone surrogate becomes U+FFFD first).
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function encodePairs(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&')
}

function operationPairs(random: Random, material: FuzzMaterial): [string, string][] {
  const action = random.chance(0.93) ? random.pick(operationNames) : random.pick(['', 'getcalleridentity', 'AssumeRole ', 'DeleteRole', 'GetCallerIdentity\u0000', 'A'.repeat(300)])
  const version = random.chance(0.9) ? API_VERSION : random.pick(['', '2011-06-14', '2099-01-01', API_VERSION + API_VERSION])
  const head: [string, string][] = random.chance(0.02) ? [] : [['Action', action]]
  if (random.chance(0.97)) head.push(['Version', version])
  return [...head, ...fuzzParameters(random, action, material)]
}

/** Spoils a signed request: the body, the date, the Authorization header, the token, or the host. */
function spoiler(random: Random): NonNullable<FuzzRequest['spoil']> {
  const change = random.below(6)
  return (headers, body) => {
    const out = { ...headers }
    const authorization = out.authorization ?? ''
    if (change === 0) return { headers: out, body: Buffer.concat([body, Buffer.from('&RoleSessionName=changed')]) }
    if (change === 1) out['x-amz-date'] = random.pick(['20200101T000000Z', '29991231T235959Z', 'yesterday', '', '20261301T250000Z'])
    if (change === 2) out.authorization = mutate(random, authorization).replace(/[^\x20-\x7e]/g, 'x')
    if (change === 3) out.authorization = authorization.replace(/us-east-1\/sts/, random.pick(['eu-west-1/sts', 'us-east-1/iam', 'xx/sts', '/sts']))
    if (change === 4) out['x-amz-security-token'] = random.pick(['', 'IQoJb3JpZ2luX2VjE' + 'A'.repeat(1000), 'garbage', '%%%'])
    if (change === 5) out.host = random.pick(['sts.amazonaws.com', 'evil.example', '127.0.0.1:1', ''])
    return { headers: out, body }
  }
}

function formRequest(random: Random, material: FuzzMaterial, kind: 'form' | 'signed' | 'bad-signature'): FuzzRequest {
  const body = Buffer.from(encodePairs(operationPairs(random, material)))
  const request: FuzzRequest = { kind, method: 'POST', path: '/', headers: { 'content-type': random.chance(0.9) ? FORM : random.pick(CONTENT_TYPES) }, body }
  if (kind !== 'form') request.signWith = random.pick(CREDENTIALS)
  if (kind === 'bad-signature') request.spoil = spoiler(random)
  return request
}

function queryRequest(random: Random, material: FuzzMaterial): FuzzRequest {
  const query = encodePairs(operationPairs(random, material))
  return { kind: 'query', method: random.pick(['GET', 'GET', 'HEAD', 'DELETE']), path: `/?${query}`, headers: {}, body: Buffer.alloc(0) }
}

function junkRequest(random: Random): FuzzRequest {
  const method = random.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'BREW'])
  const path = random.pick(['/', '//', '/sts', '/?', '/?Action', '/?Action=&&&=', '/..%2f..%2fetc%2fpasswd', '/%00', '/?Version=2011-06-15', `/${'a'.repeat(random.below(4000))}`, '*', '/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F&X-Amz-Signature=00'])
  const headers: Record<string, string> = {}
  for (let i = random.below(6); i > 0; i--) {
    headers[random.pick(['authorization', 'x-amz-date', 'x-amz-security-token', 'content-type', 'x-amz-content-sha256', 'expect', 'accept-encoding', 'x-forwarded-for', 'content-encoding'])] = random.pick([
      'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20261201/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00',
      'AWS4-HMAC-SHA256',
      'Basic YWxpY2U6cGFzcw==',
      '100-continue',
      'gzip',
      'UNSIGNED-PAYLOAD',
      '',
      'x'.repeat(random.below(3000)),
    ])
  }
  const bytes = Buffer.alloc(random.below(2000))
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.below(256)
  return { kind: 'http-junk', method, path, headers, body: method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : bytes }
}

/** Bodies whose encoding is wrong: bad escapes, invalid UTF-8, raw bytes, NULs, separators doubled. */
function encodingRequest(random: Random, material: FuzzMaterial): FuzzRequest {
  const good = encodePairs(operationPairs(random, material))
  const at = random.below(good.length + 1)
  const insert = random.pick([
    Buffer.from('%'),
    Buffer.from('%zz'),
    Buffer.from('%C3'),
    Buffer.from('%FF%FE%00'),
    Buffer.from('%ED%A0%80'),
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
    Buffer.from([0]),
    Buffer.from('&&=&='),
    Buffer.from('+++'),
    Buffer.from('Action=GetCallerIdentity&Action=AssumeRole&'),
    Buffer.from('\r\n\r\nGET / HTTP/1.1\r\n'),
  ])
  const body = Buffer.concat([Buffer.from(good.slice(0, at)), insert, Buffer.from(good.slice(at))])
  return { kind: 'encoding', method: 'POST', path: '/', headers: { 'content-type': random.pick(CONTENT_TYPES) }, body, ...(random.chance(0.3) ? { signWith: random.pick(CREDENTIALS) } : {}) }
}

/** Values far past any limit: bodies over the 1 MiB cap, very long URLs and headers, many parameters. */
function hugeRequest(random: Random): FuzzRequest {
  const shape = random.below(4)
  if (shape === 0) return { kind: 'huge', method: 'POST', path: '/', headers: { 'content-type': FORM }, body: Buffer.from(`Action=AssumeRoleWithSAML&Version=2011-06-15&SAMLAssertion=${'A'.repeat(512 * 1024 + random.below(1024 * 1024))}`) }
  if (shape === 1) return { kind: 'huge', method: 'GET', path: `/?Action=GetCallerIdentity&Version=2011-06-15&x=${'a'.repeat(8_000 + random.below(100_000))}`, headers: {}, body: Buffer.alloc(0) }
  if (shape === 2) return { kind: 'huge', method: 'POST', path: '/', headers: { 'content-type': FORM, 'x-amz-security-token': 'A'.repeat(10_000 + random.below(30_000)) }, body: Buffer.from('Action=GetCallerIdentity&Version=2011-06-15') }
  const pairs = Array.from({ length: 1_000 + random.below(20_000) }, (_, i) => `Tags.member.${i + 1}.Key=k${i}`)
  return { kind: 'huge', method: 'POST', path: '/', headers: { 'content-type': FORM }, body: Buffer.from(`Action=AssumeRole&Version=2011-06-15&${pairs.join('&')}`) }
}

/** Bytes that are not (quite) HTTP, for a bare socket; each ends with the client's end of the connection. */
function rawRequest(random: Random): FuzzRequest {
  const bytes = random.pick([
    'GET / HTTP/1.1\r\n\r\n',
    'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    'GET /\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n0123456789',
    'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nX: a\u0000b\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n',
    '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003',
    'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\nAction=GetCall',
  ])
  return { kind: 'raw', method: '', path: '', headers: {}, body: Buffer.alloc(0), raw: Buffer.from(bytes, 'latin1') }
}

/** One fuzzed request, of a kind chosen by weight. */
export function fuzzRequest(random: Random, material: FuzzMaterial): FuzzRequest {
  const kind = random.weighted<FuzzKind>([
    [38, 'form'],
    [20, 'signed'],
    [10, 'bad-signature'],
    [10, 'query'],
    [10, 'http-junk'],
    [8, 'encoding'],
    [2, 'huge'],
    [2, 'raw'],
  ])
  switch (kind) {
    case 'form':
    case 'signed':
    case 'bad-signature':
      return formRequest(random, material, kind)
    case 'query':
      return queryRequest(random, material)
    case 'http-junk':
      return junkRequest(random)
    case 'encoding':
      return encodingRequest(random, material)
    case 'huge':
      return hugeRequest(random)
    case 'raw':
      return rawRequest(random)
  }
}
