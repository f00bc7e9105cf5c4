import { Sha256 } from '@aws-crypto/sha256-js'
import { HttpRequest as SmithyRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import fc from 'fast-check'
import { Secret, TOTP } from 'otpauth'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedDeps } from './deps.ts'
import { createEngine, type Engine, type EngineResult } from './engine.ts'
import { AWS_FAULT_NAMESPACE, STS_NAMESPACE } from './errors/faults.ts'
import type { HttpRequest } from './http.ts'
import { operationNames } from './model/sts-model.ts'
import { stsModel } from './model/sts-model.generated.ts'
import { encodeComponent, flattenParameters, type QueryPair, type QueryValue } from './protocol/query-codec.ts'
import { VENDOR_BOT, PRODUCTION_ROOT, ALICE, BOB, ROOT_WORKLOAD, signQuery, T0, type TestCredentials } from './testing/sign-request.ts'
import { demoWorld } from './world/demo-world.ts'
import type { World } from './world/world-schema.ts'

// Fuzzing the whole engine through engine.handle: (a) random HTTP requests, (b) correctly signed
// requests for every operation of the model, mutated (parameters dropped, duplicated, reordered,
// renamed, given hostile values; re-signed or not; headers spoiled). Whatever arrives, the engine
// must answer without throwing, with a documented status, a well-formed body of its own envelope
// shape, and it must leave the world exactly as it was and keep answering valid requests.

// ---------------------------------------------------------------------------------------------
// What a well-formed answer is
// ---------------------------------------------------------------------------------------------

/** Statuses the engine may answer with: success, the redirect, the Query/SigV4 errors, the 4xx of every modeled error, NoSuchEntity (an unknown PolicyArns ARN), NotImplemented. */
const MODELED_ERROR_STATUS = new Map<string, number>(
  Object.values(stsModel.shapes).flatMap((shape) => (shape.error ? [[shape.error.code, shape.error.httpStatusCode] as const] : [])),
)
const DOCUMENTED_STATUSES = new Set([200, 302, 400, 403, 404, 501, ...MODELED_ERROR_STATUS.values()])

/** The status each code the engine uses must come with (AWS's common errors and the modeled ones). */
const STATUS_OF_CODE = new Map<string, number>([
  ...MODELED_ERROR_STATUS,
  ['InvalidAction', 400],
  ['MissingAuthenticationToken', 403],
  ['InvalidClientTokenId', 403],
  ['ExpiredToken', 403],
  ['SignatureDoesNotMatch', 403],
  ['IncompleteSignature', 400],
  ['AccessDenied', 403],
  ['ValidationError', 400],
  ['InvalidParameterValue', 400],
  ['MalformedInput', 400],
  ['NoSuchEntity', 404],
  ['NotImplemented', 501],
])

interface XmlNode {
  name: string
  attributes: Map<string, string>
  children: XmlNode[]
  text: string
}

/** Characters XML 1.0 allows (a lone surrogate, U+FFFE/U+FFFF and most C0 controls are not). */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u
const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*'
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g
const OPEN_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>`)
const CLOSE_TAG = new RegExp(`^</(${NAME})\\s*>`)
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"<]*)"`, 'g')

function unescapeXml(text: string): string {
  return text.replace(ENTITY, (entity) => {
    if (entity.startsWith('&#x')) return String.fromCodePoint(parseInt(entity.slice(3, -1), 16))
    if (entity.startsWith('&#')) return String.fromCodePoint(parseInt(entity.slice(2, -1), 10))
    return { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" }[entity] ?? entity
  })
}

/** A strict parser for the subset of XML the engine writes (elements, attributes, text; no declaration, comments or CDATA). */
function parseXml(xml: string): { ok: true; root: XmlNode } | { ok: false; problem: string } {
  if (!XML_CHARS.test(xml)) {
    const bad = [...xml].find((c) => !XML_CHARS.test(c)) ?? ''
    return { ok: false, problem: `character U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML` }
  }
  const stack: XmlNode[] = []
  let root: XmlNode | undefined
  let at = 0
  while (at < xml.length) {
    const lt = xml.indexOf('<', at)
    const text = xml.slice(at, lt === -1 ? xml.length : lt)
    if (text !== '') {
      if (text.replace(ENTITY, '').includes('&')) return { ok: false, problem: `bare & in ${JSON.stringify(text.slice(0, 80))}` }
      if (text.includes('>')) return { ok: false, problem: `bare > in text ${JSON.stringify(text.slice(0, 80))}` }
      const open = stack[stack.length - 1]
      if (open) open.text += unescapeXml(text)
      else if (text.trim() !== '') return { ok: false, problem: `text outside the root element: ${JSON.stringify(text.slice(0, 80))}` }
    }
    if (lt === -1) break
    const rest = xml.slice(lt)
    const close = CLOSE_TAG.exec(rest)
    if (close) {
      const node = stack.pop()
      if (node?.name !== close[1]) return { ok: false, problem: `</${close[1]}> closes <${node?.name ?? 'nothing'}>` }
      at = lt + close[0].length
      continue
    }
    const open = OPEN_TAG.exec(rest)
    if (!open) return { ok: false, problem: `not a tag at ${JSON.stringify(rest.slice(0, 80))}` }
    const node: XmlNode = { name: open[1] ?? '', attributes: new Map(), children: [], text: '' }
    for (const [, name = '', value = ''] of (open[2] ?? '').matchAll(ATTRIBUTE)) {
      if (node.attributes.has(name)) return { ok: false, problem: `attribute ${name} twice on <${node.name}>` }
      if (value.replace(ENTITY, '').includes('&')) return { ok: false, problem: `bare & in attribute ${name}` }
      node.attributes.set(name, unescapeXml(value))
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(node)
    else if (root) return { ok: false, problem: `a second root element <${node.name}>` }
    else root = node
    if (open[3] !== '/') stack.push(node)
    at = lt + open[0].length
  }
  if (stack.length > 0) return { ok: false, problem: `<${stack[stack.length - 1]?.name ?? ''}> is never closed` }
  if (!root) return { ok: false, problem: 'no root element' }
  return { ok: true, root }
}

function childNames(node: XmlNode | undefined): string[] {
  return (node?.children ?? []).map((c) => c.name)
}

/** Everything that must hold of any answer. Throws (through expect) with the request in the message. */
function checkAnswer(request: HttpRequest, result: EngineResult): void {
  const { status, headers, body } = result.response
  const where = `\nrequest: ${JSON.stringify(request).slice(0, 2000)}\nstatus ${status}, body:\n${body.slice(0, 2000)}`
  expect(DOCUMENTED_STATUSES.has(status), `undocumented status${where}`).toBe(true)
  expect(result.decidedBy, `internal error${where}`).not.toBe('engine.internal')
  expect(headers['x-amzn-RequestId'], where).toBe(result.requestId)
  expect(result.requestId, where).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  expect(result.checks.length, where).toBeGreaterThan(0)

  if (status === 302) {
    expect(body, where).toBe('')
    expect(headers.Location, where).toMatch(/^https:\/\/aws\.amazon\.com\/iam(?:\?|$)/)
    return
  }
  if (headers['Content-Type'] === 'application/json') {
    const json = JSON.parse(body) as Record<string, unknown>
    if (status === 200) expect(Object.keys(json), where).toEqual([`${result.operation ?? ''}Response`])
    else expect(json, where).toMatchObject({ Error: { Type: expect.stringMatching(/^(Sender|Receiver)$/), Code: expect.any(String) }, RequestId: result.requestId })
    return
  }
  expect(headers['Content-Type'], where).toBe('text/xml')
  // The exact layout AWS sends: a root element with its namespace on the first line, a final newline.
  expect(body, where).toMatch(/^<(\w+) xmlns="[^"]+">\n[\s\S]*<\/\1>\n$/)
  const parsed = parseXml(body)
  if (!parsed.ok) expect.fail(`ill-formed XML: ${parsed.problem}${where}`)
  const root = parsed.root
  if (status === 200) {
    const operation = result.operation ?? ''
    expect(root.name, where).toBe(`${operation}Response`)
    expect(root.attributes.get('xmlns'), where).toBe(STS_NAMESPACE)
    expect(childNames(root), where).toEqual([`${operation}Result`, 'ResponseMetadata'])
    expect(root.children[1]?.children.map((c) => [c.name, c.text]), where).toEqual([['RequestId', result.requestId]])
    return
  }
  expect(root.name, where).toBe('ErrorResponse')
  expect([STS_NAMESPACE, AWS_FAULT_NAMESPACE], where).toContain(root.attributes.get('xmlns'))
  expect(childNames(root), where).toEqual(['Error', 'RequestId'])
  expect(root.children[1]?.text, where).toBe(result.requestId)
  const error = root.children[0]
  expect(childNames(error), where).toEqual(expect.arrayContaining(['Type', 'Code']))
  expect(['Type', 'Code', 'Message'].slice(0, childNames(error).length), where).toEqual(childNames(error))
  const field = (name: string) => error?.children.find((c) => c.name === name)?.text
  expect(field('Type'), where).toBe(status >= 500 ? 'Receiver' : 'Sender')
  const code = field('Code') ?? ''
  expect(code, where).toMatch(/^[A-Za-z]+$/)
  const expected = STATUS_OF_CODE.get(code)
  if (expected !== undefined) expect(status, `${code} comes with HTTP ${expected}${where}`).toBe(expected)
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const ROLES = [
  'arn:aws:iam::111111111111:role/Dev',
  'arn:aws:iam::111111111111:role/Batch',
  'arn:aws:iam::111111111111:role/Admin',
  'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly',
  'arn:aws:iam::111111111111:role/VendorAudit',
  'arn:aws:iam::111111111111:role/SamlDeveloper',
  'arn:aws:iam::111111111111:role/WebAppUser',
  'arn:aws:iam::222222222222:role/CrossAccountDeploy',
  'arn:aws:iam::111111111111:role/Missing',
  'arn:aws:iam::111111111111:user/alice',
]
const HOSTS = ['sts.amazonaws.com', 'sts.eu-south-1.amazonaws.com', 'sts.eu-west-1.amazonaws.com', '127.0.0.1:8787', 'localhost']

/** Values that have broken parsers before: empty, huge, unicode, emoji, `%` sequences, numbers out of range, broken JSON. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '%', '%%', '%zz', '%E2%82', '%ED%A0%80', '%00', '%FF', '%2', '+', '&', '=', '&&==', '\u0000', '\u0001', '\u000B', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'),
  fc.constantFrom('😀', '😀'.repeat(2048), 'é'.repeat(2048), 'a\u0301'.repeat(1025), '\u202E', 'ǅ', '\u0085', '\u00A0', 'İ', 'ß', 'Ω', '𝔘𝔫𝔦'),
  fc.constantFrom('-1', '0', '59', '60', '899', '900', '3600', '3601', '43200', '43201', '129600', '129601', '2147483647', '2147483648', '-2147483648', '-2147483649', '+900', '0900', '900.0', '1e3', 'NaN', 'Infinity', ' 900', '9'.repeat(400)),
  fc.constantFrom(
    '{',
    '{"Version":"2012-10-17","Statement":[',
    '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":"*","Condition":{"StringLike":{"aws:username":"${aws:username}"}}}]}',
    '{"Version":"2008-10-17","Statement":[{"Effect":"Deny","NotAction":"*","NotResource":"*","Principal":"*"}]}',
    '{"Statement":[{"Effect":"Maybe","Action":1,"Resource":null}]}',
    '[]',
    'null',
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"' + 'a'.repeat(3000) + '","Resource":"*"}]}',
    '{"a":' + '['.repeat(2000) + ']'.repeat(2000) + '}',
  ),
  fc.constantFrom('x'.repeat(2049), 'x'.repeat(10241), 'x'.repeat(20001), 'x'.repeat(100001)),
  fc.constantFrom('arn:aws:iam::111111111111:role/Dev', 'arn:aws:iam::111111111111:mfa/alice', 'arn:a:a::aaaaaaaaaa:', 'arn:::::', 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials', 'ASIAY34FZKBOKMUTVV7A', 'AKIARTXV5AHDSAGTTNG7', 'aws:reserved'),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer().map(String),
)

/** Hostile values a signer accepts (no lone surrogates): for credentials, which are signed, not sent. */
const signable = hostile.filter((value) => !/\p{Cs}/u.test(value))

const smallName = fc.stringMatching(/^[a-zA-Z0-9_+=,.@-]{2,20}$/)
const tagKey = fc.stringMatching(/^[a-zA-Z0-9_.:/=+@-]{1,12}$/)
const tags = fc.array(fc.record({ Key: tagKey, Value: fc.stringMatching(/^[a-zA-Z0-9 _.:/=+@-]{0,12}$/) }), { maxLength: 4 })
const duration = (min: number, max: number) => fc.integer({ min, max })
const validPolicy = fc
  .record({ action: fc.constantFrom('s3:GetObject', 's3:*', 'ec2:Describe*', 'sqs:SendMessage', '*'), resource: fc.constantFrom('*', 'arn:aws:s3:::reports/*') })
  .map(({ action, resource }) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] }))
const policyArns = fc.array(fc.record({ arn: fc.constantFrom('arn:aws:iam::111111111111:policy/Example', 'arn:aws:iam::aws:policy/ReadOnlyAccess') }), { maxLength: 2 })
/** alice's MFA code at T0, where the engine's clock stands. */
const ALICE_CODE = new TOTP({ secret: Secret.fromBase32('RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB'), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: T0 })
const mfa = { SerialNumber: fc.constantFrom('arn:aws:iam::111111111111:mfa/alice', 'GAHT12345678'), TokenCode: fc.oneof(fc.constant(ALICE_CODE), fc.stringMatching(/^\d{6}$/)) }
const aliceMfa = fc.record({ SerialNumber: fc.constant('arn:aws:iam::111111111111:mfa/alice'), TokenCode: fc.constant(ALICE_CODE) })
/** Mostly the likely-to-succeed form, sometimes the broad one. */
const mostly = <T,>(likely: fc.Arbitrary<T>, broad: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: likely, weight: 2 }, { arbitrary: broad, weight: 1 })
const fakeJwt = fc.tuple(fc.base64String({ minLength: 8, maxLength: 40 }), fc.base64String({ minLength: 8, maxLength: 80 })).map(([h, p]) => `${h}.${p}.c2lnbmF0dXJl`)

/** Valid-looking parameters for every operation of the model (the test fails when the model gains one that is missing here). */
const OPERATION_PARAMETERS: Record<string, fc.Arbitrary<Record<string, QueryValue>>> = {
  AssumeRole: mostly(
    fc.oneof(
      fc.record(
        { RoleArn: fc.constantFrom(ROLES[0] ?? '', ROLES[1] ?? '', ROLES[7] ?? ''), RoleSessionName: smallName, DurationSeconds: duration(900, 3600), Policy: validPolicy, Tags: tags, SourceIdentity: smallName },
        { requiredKeys: ['RoleArn', 'RoleSessionName'] },
      ),
      aliceMfa.map((codes) => ({ RoleArn: ROLES[2] ?? '', RoleSessionName: 'admin', ...codes })),
    ),
    fc.record(
    {
      RoleArn: fc.constantFrom(...ROLES),
      RoleSessionName: smallName,
      DurationSeconds: duration(900, 43200),
      Policy: validPolicy,
      PolicyArns: policyArns,
      Tags: tags,
      TransitiveTagKeys: fc.array(tagKey, { maxLength: 2 }),
      ExternalId: fc.constantFrom('4242-vendor-audit', 'guess'),
      ...mfa,
      SourceIdentity: smallName,
      ProvidedContexts: fc.array(fc.record({ ProviderArn: fc.constant('arn:aws:iam::aws:contextProvider/IdentityCenter'), ContextAssertion: fc.base64String({ minLength: 4, maxLength: 40 }) }), { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['RoleArn', 'RoleSessionName'] },
  )),
  AssumeRoleWithSAML: fc.record(
    {
      RoleArn: fc.constantFrom(...ROLES),
      PrincipalArn: fc.constant('arn:aws:iam::111111111111:saml-provider/ExampleIdP'),
      SAMLAssertion: fc.base64String({ minLength: 4, maxLength: 200 }),
      PolicyArns: policyArns,
      Policy: validPolicy,
      DurationSeconds: duration(900, 43200),
    },
    { requiredKeys: ['RoleArn', 'PrincipalArn', 'SAMLAssertion'] },
  ),
  AssumeRoleWithWebIdentity: fc.record(
    {
      RoleArn: fc.constantFrom(...ROLES),
      RoleSessionName: smallName,
      WebIdentityToken: fakeJwt,
      ProviderId: fc.constantFrom('www.amazon.com', 'graph.facebook.com'),
      PolicyArns: policyArns,
      Policy: validPolicy,
      DurationSeconds: duration(900, 43200),
    },
    { requiredKeys: ['RoleArn', 'RoleSessionName', 'WebIdentityToken'] },
  ),
  AssumeRoot: fc.record(
    {
      TargetPrincipal: fc.constantFrom('222222222222', '333333333333', 'arn:aws:iam::222222222222:root'),
      TaskPolicyArn: fc.record({ arn: fc.constantFrom('arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials', 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy') }),
      DurationSeconds: duration(0, 900),
    },
    { requiredKeys: ['TargetPrincipal', 'TaskPolicyArn'] },
  ),
  DecodeAuthorizationMessage: fc.record({ EncodedMessage: fc.base64String({ minLength: 4, maxLength: 200 }) }),
  GetAccessKeyInfo: fc.record({ AccessKeyId: fc.constantFrom('ASIAY34FZKBOKMUTVV7A', 'AKIARTXV5AHDSAGTTNG7', 'AKIAIOSFODNN7EXAMPLE', 'ASIAQNZGKIQY56JQ7WML') }),
  GetCallerIdentity: fc.constant({}),
  GetDelegatedAccessToken: fc.record({ TradeInToken: fc.base64String({ minLength: 4, maxLength: 80 }) }),
  GetFederationToken: mostly(
    fc.record({ Name: fc.stringMatching(/^[a-zA-Z0-9_+=,.@-]{2,32}$/), Policy: validPolicy, DurationSeconds: duration(900, 129600), Tags: tags }, { requiredKeys: ['Name'] }),
    fc.record(
      { Name: fc.stringMatching(/^[a-zA-Z0-9_+=,.@-]{2,32}$/), Policy: validPolicy, PolicyArns: policyArns, DurationSeconds: duration(900, 129600), Tags: tags },
      { requiredKeys: ['Name'] },
    ),
  ),
  GetSessionToken: mostly(
    fc.oneof(fc.record({ DurationSeconds: duration(900, 129600) }, { requiredKeys: [] }), aliceMfa),
    fc.record({ DurationSeconds: duration(900, 129600), ...mfa }, { requiredKeys: [] }),
  ),
  GetWebIdentityToken: fc.record(
    { Audience: fc.array(fc.constantFrom('https://api.example.com', 'sts.amazonaws.com'), { minLength: 1, maxLength: 3 }), SigningAlgorithm: fc.constantFrom('RS256', 'ES384'), DurationSeconds: duration(60, 3600), Tags: tags },
    { requiredKeys: ['Audience', 'SigningAlgorithm'] },
  ),
}

/** Percent-encodes like the SDKs; a lone surrogate becomes its (invalid) WTF-8 bytes instead of throwing. */
function encodeLoosely(value: string): string {
  try {
    return encodeComponent(value)
  } catch {
    let out = ''
    for (const char of value) {
      const code = char.charCodeAt(0)
      if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
      else out += encodeComponent(char)
    }
    return out
  }
}

/** A pair written on the wire: encoded as the SDKs do, or raw (so `%`, `&`, `=` and unicode arrive unescaped). */
type WirePair = readonly [name: string, value: string, raw: boolean]

function wireText(pairs: readonly WirePair[]): string {
  return pairs.map(([name, value, raw]) => (raw ? `${name}=${value}` : `${encodeLoosely(name)}=${encodeLoosely(value)}`)).join('&')
}

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number; value?: string }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'value'; at: number; value: string; raw: boolean }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'insert'; at: number; name: string; value: string }

const PARAMETER_NAMES = [...new Set(Object.values(stsModel.shapes).flatMap((shape) => Object.keys(shape.members ?? {})))]
const parameterName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Action', 'Version', ...PARAMETER_NAMES),
  fc.constantFrom('Tags.member.1.Key', 'Tags.member.0.Key', 'Tags.member.51.Value', 'Tags.member.-1.Key', 'Tags.member.99999999999999999999.Key', 'Tags.member.1', 'Tags.member', 'Tags.member.1.Key.Extra'),
  fc.constantFrom('TransitiveTagKeys.member.1', 'TransitiveTagKeys.member.3', 'PolicyArns.member.1.arn', 'PolicyArns.member.1.Arn', 'PolicyArns.member.11.arn', 'Audience.member.11', 'ProvidedContexts.member.6.ProviderArn', 'TaskPolicyArn.arn', 'TaskPolicyArn'),
  fc.constantFrom('X-Amz-Signature', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Security-Token', 'X-Amz-Algorithm', 'X-Amz-SignedHeaders', 'roleArn', 'ACTION', ''),
  fc.string({ maxLength: 12 }),
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), value: hostile }, { requiredKeys: ['kind', 'at'] }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: hostile, raw: fc.boolean() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: parameterName }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), name: parameterName, value: hostile }),
)

function mutate(pairs: readonly QueryPair[], mutations: readonly Mutation[]): WirePair[] {
  const out: WirePair[] = pairs.map(([name, value]) => [name, value, false])
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length
    const target = out[at]
    switch (m.kind) {
      case 'drop':
        out.splice(at, 1)
        break
      case 'duplicate':
        if (target) out.splice(at + 1, 0, [target[0], m.value ?? target[1], false])
        break
      case 'swap': {
        const other = out.length === 0 ? 0 : m.with % out.length
        const a = out[at]
        const b = out[other]
        if (a && b) [out[at], out[other]] = [b, a]
        break
      }
      case 'value':
        if (target) out[at] = [target[0], m.value, m.raw]
        break
      case 'rename':
        if (target) out[at] = [m.name, target[1], target[2]]
        break
      case 'insert':
        out.splice(at, 0, [m.name, m.value, false])
        break
    }
  }
  return out
}

type Signing = 'resign' | 'stale' | 'unsigned' | 'presign'
type HeaderChange = { kind: 'drop'; name: string } | { kind: 'set'; name: string; value: string }

const headerName = fc.constantFrom('authorization', 'Authorization', 'x-amz-date', 'X-Amz-Date', 'x-amz-security-token', 'X-Amz-Security-Token', 'host', 'Host', 'content-type', 'Content-Type', 'accept', 'date', 'x-amz-content-sha256')
const headerValue: fc.Arbitrary<string> = fc.oneof(
  hostile,
  fc.constantFrom(
    'AWS4-HMAC-SHA256',
    'AWS4-HMAC-SHA256 ',
    'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00',
    'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request, SignedHeaders=, Signature=',
    'AWS4-HMAC-SHA256 Credential=/////, SignedHeaders=host;;host, Signature=zz',
    'AWS4-HMAC-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/2026/us-east-1/sts/aws4_request,Credential=x,SignedHeaders=host,Signature=0',
    'AWS4-HMAC-SHA512 Credential=a',
    'AWS4-ECDSA-P256-SHA256 Credential=AKIARTXV5AHDSAGTTNG7/20260101/sts/aws4_request, SignedHeaders=host, Signature=00',
    'AWS3 whatever',
    '20260101T000000Z',
    '20260101T001501Z',
    '20251231T234459Z',
    '20260231T000000Z',
    '99999999T999999Z',
    'Thu, 01 Jan 2026 00:00:00 GMT',
    'application/x-www-form-urlencoded; charset=utf-8',
    'application/json',
    'text/plain',
    'IQoJb3JpZ2luX2VjEE',
    'application/json, text/xml;q=0.1',
  ),
  fc.constantFrom(...HOSTS),
)
const headerChange: fc.Arbitrary<HeaderChange> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), name: headerName }),
  fc.record({ kind: fc.constant('set' as const), name: headerName, value: headerValue }),
)

function changeHeaders(headers: Readonly<Record<string, string>>, changes: readonly HeaderChange[]): Record<string, string> {
  const out: Record<string, string> = { ...headers }
  for (const change of changes) {
    if (change.kind === 'drop') {
      for (const key of Object.keys(out)) if (key.toLowerCase() === change.name.toLowerCase()) delete out[key]
    } else out[change.name] = change.value
  }
  return out
}

/** The query of a wire text as the signer takes it: decoded, repeated names kept (signQuery's GET form keeps only one). */
function signerQuery(text: string): Record<string, string | string[]> {
  // A Map, then own properties: a parameter may be called valueOf or __proto__.
  const query = new Map<string, string | string[]>()
  for (const [name, value] of new URLSearchParams(text)) {
    const before = query.get(name)
    query.set(name, before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value])
  }
  return Object.fromEntries(query)
}

function wireQuery(query: Readonly<Record<string, string | string[] | null>>): string {
  return Object.entries(query)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value ?? '']).map((v) => `${encodeComponent(name)}=${encodeComponent(v)}`))
    .join('&')
}

/** A GET signed in the Authorization header (SigV4), or presigned in the query string, as SDK signers make them. */
async function signGet(credentials: TestCredentials, text: string, host: string, region: string, presigned: boolean): Promise<HttpRequest> {
  const signer = new SignatureV4({ service: 'sts', region, credentials, sha256: Sha256, applyChecksum: false })
  const request = new SmithyRequest({ method: 'GET', protocol: 'https:', hostname: host, path: '/', query: signerQuery(text), headers: { host } })
  const signed = presigned ? await signer.presign(request, { signingDate: new Date(T0), expiresIn: 900 }) : await signer.sign(request, { signingDate: new Date(T0) })
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(signed.headers)) headers[name] = String(value)
  return { method: 'GET', url: presigned ? `/?${wireQuery(signed.query ?? {})}` : `/?${text}`, headers, body: '' }
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

interface Setup {
  engine: Engine
  /** A deep copy of the world taken before the engine saw any request. */
  pristine: World
  credentials: TestCredentials[]
  validGetCallerIdentity: HttpRequest
}

async function setup(): Promise<Setup> {
  const world = structuredClone(demoWorld)
  const pristine = structuredClone(world)
  const engine = createEngine({ world, deps: fixedDeps(T0) })
  const credentials = [ALICE, BOB, ROOT_WORKLOAD, PRODUCTION_ROOT, VENDOR_BOT]
  // Session credentials of every kind the engine issues today (operations not simulated yet are skipped).
  const sessions: [string, string][] = [
    ['AssumeRole', 'RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=fuzz&Tags.member.1.Key=k&Tags.member.1.Value=v&TransitiveTagKeys.member.1=k&SourceIdentity=fuzzer'],
    ['AssumeRole', 'RoleArn=arn%3Aaws%3Aiam%3A%3A222222222222%3Arole%2FCrossAccountDeploy&RoleSessionName=fuzz'],
    ['GetSessionToken', 'DurationSeconds=900'],
    ['GetFederationToken', 'Name=fuzz&Policy=' + encodeComponent('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}')],
  ]
  for (const [action, parameters] of sessions) {
    const result = await engine.handle(await signQuery({ credentials: ALICE, body: `Action=${action}&Version=2011-06-15&${parameters}` }))
    const text = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(result.response.body)?.[1]
    const [accessKeyId, secretAccessKey, sessionToken] = [text('AccessKeyId'), text('SecretAccessKey'), text('SessionToken')]
    if (result.response.status === 200 && accessKeyId && secretAccessKey && sessionToken) credentials.push({ accessKeyId, secretAccessKey, sessionToken })
  }
  const validGetCallerIdentity = await signQuery({ credentials: ALICE, body: 'Action=GetCallerIdentity&Version=2011-06-15' })
  return { engine, pristine, credentials, validGetCallerIdentity }
}

/** Sends one request and checks everything that must hold after it. */
async function exercise(s: Setup, request: HttpRequest): Promise<EngineResult> {
  const result = await s.engine.handle(request)
  checkAnswer(request, result)
  expect(s.engine.world).toStrictEqual(s.pristine)
  const after = await s.engine.handle(s.validGetCallerIdentity)
  expect(after.response.status).toBe(200)
  expect(after.response.body).toContain('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
  return result
}

describe('engine fuzzing', () => {
  let s: Setup
  beforeAll(async () => {
    s = await setup()
  })

  it('covers every operation of the model with valid-looking parameters', () => {
    expect(Object.keys(OPERATION_PARAMETERS).sort()).toEqual([...operationNames].sort())
    // Session credentials of each kind were issued (a chained role session with tags and source
    // identity, a cross-account one, GetSessionToken's and GetFederationToken's), so their paths are fuzzed too.
    expect(s.credentials.filter((c) => c.sessionToken).length).toBe(4)
  })

  it('(a) random requests: never throws, documented status, well-formed envelope, world unchanged', async () => {
    const query = fc.array(fc.tuple(parameterName, hostile), { maxLength: 8 }).map((pairs) => pairs.map(([name, value]) => `${encodeLoosely(name)}=${encodeLoosely(value)}`).join('&'))
    const body = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), query, hostile, query.map((q) => `Action=GetCallerIdentity&Version=2011-06-15&${q}`), query.map((q) => `Action=AssumeRole&Version=2011-06-15&${q}`))
    const url = fc.oneof(fc.constant('/'), body.map((q) => `/?${q}`), fc.string().map((p) => `/${p}`), fc.constantFrom('', '?', '/#x', '//?Action=GetCallerIdentity&Version=2011-06-15', '/a/../?Action=GetCallerIdentity'))
    const headers = fc.dictionary(headerName, headerValue, { maxKeys: 7 })
    const method = fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'post', 'get', ''), fc.string({ maxLength: 8 }))
    const sourceIp = fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('', '999.1.1.1', 'not-an-ip', '::ffff:10.0.0.1')), { nil: undefined })
    await fc.assert(
      fc.asyncProperty(method, url, headers, body, sourceIp, async (method, url, headers, body, ip) => {
        await exercise(s, { method, url, headers, body, ...(ip !== undefined ? { sourceIp: ip } : {}) })
      }),
      { numRuns: 3000 },
    )
  }, 60_000)

  it('(b) mutated valid requests of every operation: the same guarantees', async () => {
    const seen = new Map<string, number>()
    const request = fc.constantFrom(...operationNames).chain((operation) =>
      fc.record({
        operation: fc.constant(operation),
        parameters: OPERATION_PARAMETERS[operation] ?? fc.constant({}),
        credentials: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.nat(), weight: 3 }),
        mutations: fc.oneof({ arbitrary: fc.constant([]), weight: 1 }, { arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }), weight: 3 }),
        signing: fc.constantFrom<Signing>('resign', 'resign', 'resign', 'stale', 'unsigned', 'presign'),
        method: fc.constantFrom<'POST' | 'GET'>('POST', 'POST', 'GET'),
        host: fc.constantFrom(...HOSTS),
        credentialChange: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 5 },
          { arbitrary: fc.oneof(fc.record({ secretAccessKey: signable }), fc.record({ sessionToken: signable }), fc.record({ accessKeyId: signable })), weight: 1 },
        ),
        headerChanges: fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.array(headerChange, { minLength: 1, maxLength: 3 }), weight: 1 }),
      }),
    )
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const base = s.credentials[r.credentials % s.credentials.length] ?? ALICE
        const credentials: TestCredentials = { ...base, ...r.credentialChange }
        const pairs: QueryPair[] = [['Action', r.operation], ['Version', '2011-06-15'], ...flattenParameters(r.parameters)]
        const original = wireText(pairs.map(([n, v]) => [n, v, false]))
        const mutated = wireText(mutate(pairs, r.mutations))
        const region = /^sts\.([a-z0-9-]+)\.amazonaws\.com$/.exec(r.host)?.[1] ?? 'us-east-1'
        const signOptions = { credentials, host: r.host, region, at: T0, method: r.method }
        let wire: HttpRequest
        switch (r.signing) {
          case 'resign':
            wire = r.method === 'GET' ? await signGet(credentials, mutated, r.host, region, false) : await signQuery({ ...signOptions, body: mutated })
            break
          case 'stale': {
            // Signed for the valid request, then the parameters changed underneath the signature.
            const signed = await signQuery({ ...signOptions, body: original })
            wire = r.method === 'GET' ? { ...signed, url: `/?${mutated}` } : { ...signed, body: mutated }
            break
          }
          case 'unsigned':
            wire = r.method === 'GET' ? { method: 'GET', url: `/?${mutated}`, headers: { host: r.host }, body: '' } : { method: 'POST', url: '/', headers: { host: r.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: mutated }
            break
          case 'presign':
            wire = await signGet(credentials, mutated, r.host, region, true)
            break
        }
        wire = { ...wire, headers: changeHeaders(wire.headers, r.headerChanges) }
        const result = await exercise(s, wire)
        const key = `${r.operation} ${result.response.status}`
        seen.set(key, (seen.get(key) ?? 0) + 1)
      }),
      { numRuns: 3500 },
    )
    // The mutations must not only produce refusals: some requests of the simulated operations get through.
    expect([...seen.keys()].filter((key) => key.endsWith(' 200')).length).toBeGreaterThan(0)
  }, 60_000)

  it('the world is still the one it started with, and a valid request is still answered', async () => {
    expect(s.engine.world).toStrictEqual(s.pristine)
    expect(s.pristine).toStrictEqual(demoWorld)
    const result = await s.engine.handle(s.validGetCallerIdentity)
    expect(result.response.status).toBe(200)
  })
})

// Issues the fuzzer found (fixed in 0a26a09), kept as regression tests with their smallest reproduction.
describe('regressions found by fuzzing', () => {
  it('a character XML 1.0 forbids, sent in Action, is not written into the XML answer', async () => {
    const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
    const request: HttpRequest = { method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=%0B&Version=2011-06-15' }
    const result = await engine.handle(request)
    expect(result.response.status).toBe(400)
    expect(parseXml(result.response.body)).toMatchObject({ ok: true })
    checkAnswer(request, result)
  })

  it('a lone surrogate in the raw URL of a signed request does not make an internal error', async () => {
    const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
    const signed = await signQuery({ credentials: ALICE, body: 'Action=GetCallerIdentity&Version=2011-06-15', method: 'GET' })
    const request: HttpRequest = { ...signed, url: '/?Action=GetCallerIdentity&Version=2011-06-15&X=\uDFFF' }
    const result = await engine.handle(request)
    expect(result.response.status).not.toBe(500)
    checkAnswer(request, result)
  })
})
