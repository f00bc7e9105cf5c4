import * as xmldom from '@xmldom/xmldom'
import fc from 'fast-check'
import { base64url, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedDeps } from '../../deps.ts'
import { createEngine, type Engine, type EngineResult } from '../../engine.ts'
import { STS_NAMESPACE } from '../../errors/faults.ts'
import { toBase64, utf8Decode, utf8Encode } from '../../sessions/base64.ts'
import { OIDC_PRIVATE_JWK } from '../../testing/demo-idp-keys.ts'
import { DEMO_SAML_PROVIDER, DEMO_SAML_ROLE, hostWebCrypto, importSigningKey, iso, samlResponseXml, signedSamlXml, type SamlOptions } from '../../testing/saml-response.ts'
import { T0 } from '../../testing/sign-request.ts'
import { unsignedRequest } from '../../testing/unsigned-request.ts'
import { simulatedCognitoToken } from '../../idp/cognito-idp.ts'
import { simulatedOauth2Token } from '../../idp/oauth2-idp.ts'
import { demoWorld } from '../../world/demo-world.ts'
import type { World } from '../../world/world-schema.ts'
import { sealAccessToken } from './oauth2/access-token.ts'

// Fuzzing the two parsers STS exposes to anyone (the SAML response and the JWT) through the whole
// engine: random and mutated assertions and tokens (truncated, bytes flipped, base64 segments swapped,
// random XML, huge attributes, deep nesting, DOCTYPE and entities, header tricks) sent as
// AssumeRoleWithSAML / AssumeRoleWithWebIdentity requests. Whatever arrives, the engine answers
// without throwing, with well-formed XML of its own envelope, a status and code these operations
// document (the model's errors of the two operations, plus ValidationError, AccessDenied and
// InvalidParameterValue; IAM User Guide, "Troubleshoot SAML federation with IAM"), and it never issues credentials for a document
// or token that is not the untouched, validly signed one. The same holds for OAuth 2.0 access tokens
// (ProviderId: IDPRejectedClaim 403 / IDPCommunicationError 400) and Cognito identity tokens.

const SIGNIN = 'https://signin.aws.amazon.com/saml'

/** The codes these two operations may answer with, and the status each comes with (the model, spec/sts-service-2.json; AWS STS API Reference: Common Errors). */
const CODES = new Map<string, number>([
  ['InvalidIdentityToken', 400],
  ['ExpiredTokenException', 400],
  ['IDPRejectedClaim', 403],
  ['IDPCommunicationError', 400],
  ['MalformedPolicyDocument', 400],
  ['PackedPolicyTooLarge', 400],
  ['RegionDisabledException', 403],
  ['ValidationError', 400],
  ['AccessDenied', 403],
  ['InvalidParameterValue', 400],
  ['MalformedInput', 400],
  ['NotImplemented', 501],
])

/** Parses the answer with xmldom, every warning an error: it must be well-formed XML. */
function parseStrict(body: string): xmldom.Element {
  const document = new xmldom.DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    },
  }).parseFromString(body, 'text/xml')
  const root = document.documentElement
  if (!root) throw new Error('no root element')
  return root
}

function childText(parent: xmldom.Element, name: string): string | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as xmldom.Element).localName === name) return node.textContent ?? ''
  }
  return undefined
}

function childElement(parent: xmldom.Element, name: string): xmldom.Element | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as xmldom.Element).localName === name) return node as xmldom.Element
  }
  return undefined
}

/** Everything that must hold of any answer to these operations. */
function checkAnswer(operation: string, input: string, result: EngineResult): void {
  const { status, body, headers } = result.response
  const where = `\n${operation} with ${JSON.stringify(input.slice(0, 600))}${input.length > 600 ? '…' : ''}\nstatus ${status}, body:\n${body.slice(0, 1500)}`
  expect(result.decidedBy, `internal error${where}`).not.toBe('engine.internal')
  expect(headers['Content-Type'], where).toBe('text/xml')
  let root: xmldom.Element
  try {
    root = parseStrict(body)
  } catch (error) {
    expect.fail(`ill-formed XML (${(error as Error).message})${where}`)
  }
  if (status === 200) {
    expect(root.localName, where).toBe(`${operation}Response`)
    expect(root.namespaceURI, where).toBe(STS_NAMESPACE)
    return
  }
  expect(root.localName, where).toBe('ErrorResponse')
  const error = childElement(root, 'Error')
  expect(error, where).toBeDefined()
  const code = error ? (childText(error, 'Code') ?? '') : ''
  expect(CODES.has(code), `undocumented code ${code}${where}`).toBe(true)
  expect(status, `${code} comes with HTTP ${CODES.get(code)}${where}`).toBe(CODES.get(code))
  expect(error && childText(error, 'Type'), where).toBe(status >= 500 ? 'Receiver' : 'Sender')
  expect(childText(root, 'RequestId'), where).toBe(result.requestId)
}

/**
 * What an answer grants, without the fresh key material and request id: who the session is (ARN,
 * subject, issuer, audience, tags' packed size, source identity) and until when.
 */
function grantOf(body: string): string {
  return body.replace(/<(AccessKeyId|SecretAccessKey|SessionToken|RequestId)>[^<]*<\/\1>/g, '')
}

// ---------------------------------------------------------------------------------------------
// Mutations of text (the XML, the base64, the token)
// ---------------------------------------------------------------------------------------------

type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; with: number; length: number }

/** Applies edits at positions taken modulo the text's length. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length
    switch (edit.kind) {
      case 'truncate':
        out = out.slice(0, at)
        break
      case 'flip': {
        const code = out.charCodeAt(at)
        if (!Number.isNaN(code)) out = out.slice(0, at) + String.fromCharCode((code ^ (1 << edit.bit)) & 0xffff) + out.slice(at + 1)
        break
      }
      case 'delete':
        out = out.slice(0, at) + out.slice(at + edit.length)
        break
      case 'insert':
        out = out.slice(0, at) + edit.text + out.slice(at)
        break
      case 'duplicate':
        out = out.slice(0, at + edit.length) + out.slice(at, at + edit.length) + out.slice(at + edit.length)
        break
      case 'swap': {
        const other = out.length === 0 ? 0 : edit.with % out.length
        const [first, second] = at < other ? [at, other] : [other, at]
        const length = Math.min(edit.length, second - first)
        out = out.slice(0, first) + out.slice(second, second + length) + out.slice(first + length, second) + out.slice(first, first + length) + out.slice(second + length)
        break
      }
    }
  }
  return out
}

/** XML that has broken SAML parsers: entities, DOCTYPEs, deep nesting, huge attributes, comments, CDATA, foreign namespaces. */
const hostileXml: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE foo SYSTEM "file:///etc/passwd">',
    '<!doctype x>',
    '&xxe;',
    '&#0;',
    '&#x110000;',
    '&amp',
    '<!-- -->',
    '<!--',
    '<![CDATA[</saml:NameID>]]>',
    '<?xml version="1.0"?>',
    '<?xml-stylesheet href="x"?>',
    '<saml:Assertion ID="_assertion-1" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"/>',
    '<saml:EncryptedAssertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"/>',
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>',
    '<x Id="_assertion-1"/>',
    '<x ID="_response-1"/>',
    '</samlp:Response>',
    '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">',
    ' xmlns:saml="urn:evil"',
    ' xmlns="urn:oasis:names:tc:SAML:2.0:assertion"',
    '\u0000',
    '\uFFFE',
    '\uD800',
    '😀',
  ),
  fc.integer({ min: 1, max: 3000 }).map((depth) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`),
  fc.integer({ min: 1, max: 3000 }).map((depth) => '<a>'.repeat(depth)),
  fc.integer({ min: 1, max: 60_000 }).map((length) => `<x a="${'x'.repeat(length)}"/>`),
  fc.integer({ min: 1, max: 200 }).map((count) => Array.from({ length: count }, (_, i) => `<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/PrincipalTag:k${i}"><saml:AttributeValue>v</saml:AttributeValue></saml:Attribute>`).join('')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
)

const edit = (insertable: fc.Arbitrary<string>): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertable }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  )

/** A random XML document of nested elements with SAML-ish names and attributes. */
const randomXml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc
    .record({
      name: fc.constantFrom('samlp:Response', 'saml:Assertion', 'saml:Issuer', 'saml:Subject', 'saml:NameID', 'saml:Conditions', 'saml:Attribute', 'saml:AttributeValue', 'ds:Signature', 'x'),
      attributes: fc.array(fc.tuple(fc.constantFrom('ID', 'Id', 'Name', 'Recipient', 'NotOnOrAfter', 'IssueInstant', 'Format', 'xmlns:saml', 'xmlns:samlp'), fc.string({ maxLength: 20 })), { maxLength: 3 }),
      children: fc.array(fc.oneof({ maxDepth: 4, depthSize: 'small' }, { arbitrary: fc.string({ maxLength: 20 }), weight: 2 }, { arbitrary: tie('node'), weight: 1 }), { maxLength: 3 }),
    })
    .map(({ name, attributes, children }) => `<${name}${attributes.map(([n, v]) => ` ${n}="${v.replace(/[<&"]/g, '')}"`).join('')}>${children.join('')}</${name}>`),
})).node

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

/** Mostly the value that passes, sometimes anything: so random documents get past the early checks. */
const mostly = <T,>(likely: T, broad: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(likely), weight: 3 }, { arbitrary: broad, weight: 1 })

interface Setup {
  engine: Engine
  pristine: World
  signedXml: string
  token: string
  attackerToken: string
  /** grantOf the answers to the untouched inputs. */
  samlGrant: string
  tokenGrant: string
}

async function send(s: Setup, operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity', input: string, extra: Record<string, string> = {}): Promise<EngineResult> {
  const parameters =
    operation === 'AssumeRoleWithSAML'
      ? { RoleArn: DEMO_SAML_ROLE, PrincipalArn: DEMO_SAML_PROVIDER, SAMLAssertion: input, ...extra }
      : { RoleArn: 'arn:aws:iam::111111111111:role/WebAppUser', RoleSessionName: 'fuzz', WebIdentityToken: input, ...extra }
  let result: EngineResult
  try {
    result = await s.engine.handle(unsignedRequest(operation, parameters))
  } catch (error) {
    expect.fail(`the engine threw ${(error as Error).message} for ${operation} with ${JSON.stringify(input.slice(0, 400))}`)
  }
  checkAnswer(operation, input, result)
  return result
}

describe('federation fuzzing: SAML responses and JWTs through the engine', () => {
  let s: Setup
  beforeAll(async () => {
    const world = structuredClone(demoWorld)
    const engine = createEngine({ world, deps: { ...fixedDeps(T0), webCrypto: hostWebCrypto } })
    const key = (await importJWK(OIDC_PRIVATE_JWK, 'RS256')) as CryptoKey
    const claims = { iss: 'https://oidc.example.com', sub: 'user-42', aud: 'playground-web', iat: T0 / 1000, exp: T0 / 1000 + 3600 }
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1', typ: 'JWT' }).sign(key)
    // An attacker's token carrying its own public key in the header (jwk), with the provider's kid.
    const attacker = await generateKeyPair('RS256', { extractable: true })
    const attackerToken = await new SignJWT({ ...claims, sub: 'admin' })
      .setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1', jwk: await exportJWK(attacker.publicKey) })
      .sign(attacker.privateKey)
    s = { engine, pristine: structuredClone(world), signedXml: await signedSamlXml(), token, attackerToken, samlGrant: '', tokenGrant: '' }
    const saml = await send(s, 'AssumeRoleWithSAML', toBase64(utf8Encode(s.signedXml)))
    const web = await send(s, 'AssumeRoleWithWebIdentity', s.token)
    s.samlGrant = grantOf(saml.response.body)
    s.tokenGrant = grantOf(web.response.body)
  })

  it('the untouched inputs are accepted (so the mutations start from something that works)', () => {
    expect(s.samlGrant).toContain('<Subject>alice@example.com</Subject>')
    expect(s.tokenGrant).toContain('<SubjectFromWebIdentityToken>user-42</SubjectFromWebIdentityToken>')
  })

  it('SAML: mutated signed responses, mutated base64, random XML and random text', async () => {
    const base64 = toBase64(utf8Encode(s.signedXml))
    const samlInput: fc.Arbitrary<{ input: string; mutated: boolean }> = fc.oneof(
      fc.array(edit(hostileXml), { minLength: 1, maxLength: 4 }).map((edits) => ({ input: toBase64(utf8Encode(applyEdits(s.signedXml, edits))), mutated: true })),
      fc.array(edit(fc.oneof(fc.constantFrom('=', '==', '-', '_', ' ', '\n', 'A', '+/'), fc.base64String({ maxLength: 16 }))), { minLength: 1, maxLength: 3 }).map((edits) => ({ input: applyEdits(base64, edits), mutated: true })),
      fc.oneof(randomXml, hostileXml, fc.constant(samlResponseXml())).map((xml) => ({ input: toBase64(utf8Encode(xml)), mutated: true })),
      fc.oneof(fc.string({ minLength: 4 }), fc.base64String({ minLength: 4, maxLength: 400 })).map((text) => ({ input: text, mutated: true })),
    )
    await fc.assert(
      fc.asyncProperty(samlInput, async ({ input }) => {
        const result = await send(s, 'AssumeRoleWithSAML', input)
        // A changed document may be accepted only when the change did not touch what is signed and
        // read (whitespace between attributes, a comment, bytes in the unused KeyInfo): it must then
        // grant exactly what the untouched response grants.
        if (result.response.status === 200) expect(grantOf(result.response.body), `a changed response granted something else:\n${result.response.body}`).toBe(s.samlGrant)
      }),
      { numRuns: 400 },
    )
    expect(s.engine.world).toStrictEqual(s.pristine)
  }, 60_000)

  it('SAML: an edit anywhere inside the signed Assertion never grants anything else', async () => {
    const start = s.signedXml.indexOf('<saml:Assertion ')
    const end = s.signedXml.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length
    const insideEdit = fc.record({ at: fc.integer({ min: start + 1, max: end - 1 }), text: fc.oneof(fc.constantFrom('x', ' ', 'admin', 'bob', '<x/>', '<!---->', '\n', '"', '>'), fc.string({ minLength: 1, maxLength: 8 })) })
    let refused = 0
    await fc.assert(
      fc.asyncProperty(insideEdit, async ({ at, text }) => {
        const xml = s.signedXml.slice(0, at) + text + s.signedXml.slice(at)
        const result = await send(s, 'AssumeRoleWithSAML', toBase64(utf8Encode(xml)))
        if (result.response.status === 200) expect(grantOf(result.response.body), `${JSON.stringify(text)} at ${at} granted something else`).toBe(s.samlGrant)
        else refused++
      }),
      { numRuns: 150 },
    )
    expect(refused).toBeGreaterThan(100)
  }, 60_000)

  it('JWT: mutated, reassembled and random tokens', async () => {
    const [header = '', payload = '', signature = ''] = s.token.split('.')
    const json = (text: string) => base64url.encode(text)
    const claims = JSON.parse(utf8Decode(base64url.decode(payload))) as Record<string, unknown>
    const hostileJson: fc.Arbitrary<string> = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.constantFrom(null, [], 42, 'x', { alg: 'none' }, { alg: 'HS256', kid: 'playground-demo-oidc-1' }, { alg: 'RS256', crit: ['exp'] }, { alg: 'RS256', b64: false, crit: ['b64'] }, { alg: 'RS256', jku: 'https://evil.example.com/jwks' }).map((value) => JSON.stringify(value)),
      fc.constantFrom('{', '{"alg":"RS256",}', '{"alg":"RS256","alg":"none"}', '\uFEFF{"alg":"RS256"}', '{"__proto__":{"alg":"none"},"alg":"RS256"}'),
      fc.integer({ min: 1, max: 5000 }).map((depth) => `{"iss":"https://oidc.example.com","x":${'['.repeat(depth)}${']'.repeat(depth)}}`),
      fc.integer({ min: 1, max: 15_000 }).map((length) => JSON.stringify({ ...claims, sub: 'x'.repeat(length) })),
      fc
        .record({ key: fc.constantFrom('iss', 'aud', 'sub', 'exp', 'iat', 'nbf', 'azp', 'amr', 'https://aws.amazon.com/tags', 'https://aws.amazon.com/source_identity', '__proto__', 'constructor'), value: fc.jsonValue({ maxDepth: 3 }) })
        .map(({ key, value }) => `{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(claims).slice(1)}`),
    )
    const segment = fc.oneof(fc.constantFrom(header, payload, signature, '', '=', 'AA', '****', base64url.encode('{}')), hostileJson.map(json), fc.base64String({ maxLength: 60 }), fc.string({ maxLength: 30 }))
    const tokenInput: fc.Arbitrary<string> = fc.oneof(
      fc.array(edit(fc.oneof(fc.constantFrom('.', '..', '=', '+', '/', ' ', '%'), fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(s.token, edits)),
      fc.tuple(segment, segment, segment).map(([h, p, sig]) => `${h}.${p}.${sig}`),
      fc.tuple(hostileJson, hostileJson).map(([h, p]) => `${json(h)}.${json(p)}.${signature}`),
      hostileJson.map((p) => `${header}.${json(p)}.${signature}`),
      fc.constantFrom(`${json('{"alg":"none","typ":"JWT"}')}.${payload}.`, `${json('{"alg":"none"}')}.${payload}.${signature}`, `${json('{"alg":"NONE"}')}.${payload}.`, `${header}.${payload}`, `${header}.${payload}.${signature}.${signature}`, s.attackerToken),
      fc.array(segment, { minLength: 0, maxLength: 6 }).map((parts) => parts.join('.')),
      fc.string({ minLength: 4, maxLength: 200 }),
    )
    await fc.assert(
      fc.asyncProperty(tokenInput, async (token) => {
        const result = await send(s, 'AssumeRoleWithWebIdentity', token)
        // Only the provider's own signature over these very header and claims bytes gives credentials
        // (a signature segment spelled differently but decoding to the same bytes would grant the same).
        if (result.response.status === 200) expect(grantOf(result.response.body), `accepted ${JSON.stringify(token.slice(0, 300))}`).toBe(s.tokenGrant)
      }),
      { numRuns: 600 },
    )
    expect(s.engine.world).toStrictEqual(s.pristine)
  }, 60_000)

  it('SAML: validly signed responses with random content reach every check after the signature', async () => {
    const xmlSafe = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((text) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, ''))
    const text = xmlSafe(fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[a-zA-Z0-9_+=,.@:-]{0,70}$/), fc.constantFrom('aws:x', 'alice@example.com', ' ', '')))
    const instant = fc.integer({ min: -900, max: 900 }).map((seconds) => iso(T0 + seconds * 1000))
    const options: fc.Arbitrary<SamlOptions> = fc.record(
      {
        nameId: mostly<string | null>('alice@example.com', fc.option(text, { nil: null })),
        nameIdFormat: fc.option(fc.constantFrom('urn:oasis:names:tc:SAML:2.0:nameid-format:transient', 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', 'x'), { nil: null }),
        recipient: mostly(SIGNIN, fc.constantFrom('https://eu-west-1.signin.aws.amazon.com/saml', 'https://app.example.com/acs', '')),
        issueInstant: mostly(iso(T0), instant),
        notOnOrAfter: mostly(iso(T0 + 300_000), fc.oneof(instant, fc.constantFrom('tomorrow', ''))),
        conditions: mostly<NonNullable<SamlOptions['conditions']> | null>(
          { notOnOrAfter: iso(T0 + 300_000), audience: 'urn:amazon:webservices' },
          fc.option(fc.record({ notBefore: instant, notOnOrAfter: instant, audience: fc.constantFrom('urn:amazon:webservices', SIGNIN, 'urn:other') }, { requiredKeys: [] }), { nil: null }),
        ),
        sessionNotOnOrAfter: instant,
        roles: mostly([`${DEMO_SAML_ROLE},${DEMO_SAML_PROVIDER}`], fc.array(fc.constantFrom(`${DEMO_SAML_ROLE},${DEMO_SAML_PROVIDER}`, `${DEMO_SAML_PROVIDER},${DEMO_SAML_ROLE}`, DEMO_SAML_ROLE, 'arn:aws:iam::111111111111:role/Dev,x', ''), { maxLength: 3 })),
        roleSessionName: mostly<string | null>('alice', fc.option(text, { nil: null })),
        attributes: fc.dictionary(
          fc.oneof(
            fc.constantFrom('https://aws.amazon.com/SAML/Attributes/SessionDuration', 'https://aws.amazon.com/SAML/Attributes/SourceIdentity', 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys'),
            text.map((key) => `https://aws.amazon.com/SAML/Attributes/PrincipalTag:${key}`),
          ),
          fc.array(fc.oneof(text, fc.integer({ min: -1, max: 50_000 }).map(String)), { maxLength: 3 }),
          { maxKeys: 4 },
        ),
        statusCode: mostly('urn:oasis:names:tc:SAML:2.0:status:Success', fc.constant('urn:oasis:names:tc:SAML:2.0:status:Responder')),
        sign: fc.constantFrom('assertion' as const, 'response' as const, 'both' as const),
      },
      { requiredKeys: [] },
    )
    const key = await importSigningKey()
    const decided = new Set<string>()
    await fc.assert(
      fc.asyncProperty(options, fc.constantFrom('3600', '900', '14400', '43200'), async (o, duration) => {
        const result = await send(s, 'AssumeRoleWithSAML', toBase64(utf8Encode(await signedSamlXml({ ...o, signingKey: key }))), { DurationSeconds: duration })
        decided.add(result.decidedBy ?? '')
      }),
      // A fixed seed: this case asserts how many different checks the inputs reach, which must not depend on luck.
      { numRuns: 80, seed: 20261124 },
    )
    // The random content is refused at many different checks, and sometimes not at all.
    expect([...decided].filter((id) => id.startsWith('saml.')).length).toBeGreaterThan(5)
  }, 60_000)

  it('JWT: tokens the provider really signed, with random claims, reach every check after the signature', async () => {
    const key = (await importJWK(OIDC_PRIVATE_JWK, 'RS256')) as CryptoKey
    const now = T0 / 1000
    const time = fc.oneof(fc.integer({ min: now - 4000, max: now + 4000 }), fc.constantFrom(now + 0.5, '1767225600', null, -1, 2 ** 53))
    const claims = fc.record(
      {
        iss: mostly('https://oidc.example.com', fc.constantFrom('https://oidc.example.com/', 'https://evil.example.com')),
        sub: fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom(42, null, ['user-42'])),
        aud: mostly<unknown>('playground-web', fc.constantFrom('other', ['x', 'playground-web'], [], 7)),
        azp: fc.constantFrom('playground-web', 'other'),
        amr: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.constantFrom('mfa', 5)),
        exp: mostly<unknown>(now + 600, time),
        iat: mostly<unknown>(now, time),
        nbf: time,
        'https://aws.amazon.com/tags': fc.oneof(
          fc.record({ principal_tags: fc.dictionary(fc.string({ maxLength: 130 }), fc.oneof(fc.array(fc.string({ maxLength: 260 }), { maxLength: 2 }), fc.string())), transitive_tag_keys: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), fc.constant('x')) }, { requiredKeys: [] }),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        'https://aws.amazon.com/source_identity': fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('alice', 'aws:alice', 3)),
      },
      { requiredKeys: ['iss', 'aud', 'exp'] },
    )
    const decided = new Set<string>()
    await fc.assert(
      fc.asyncProperty(claims, async (c) => {
        const token = await new SignJWT(c as never).setProtectedHeader({ alg: 'RS256', kid: 'playground-demo-oidc-1' }).sign(key)
        if (token.length > 20_000) return
        const result = await send(s, 'AssumeRoleWithWebIdentity', token)
        decided.add(result.decidedBy ?? '')
      }),
      // A fixed seed, as for the SAML case: the coverage count below must not depend on luck.
      { numRuns: 250, seed: 20261124 },
    )
    expect([...decided].filter((id) => id.startsWith('web-identity.')).length).toBeGreaterThan(5)
  }, 60_000)

  it('the attacker’s token with its own key in the header (jwk) is refused', async () => {
    const result = await send(s, 'AssumeRoleWithWebIdentity', s.attackerToken)
    expect(result.response.status).toBe(400)
    expect(result.response.body).toContain('<Code>InvalidIdentityToken</Code>')
  })

  it('both: mutated inputs together with hostile request parameters (Policy, DurationSeconds) keep the guarantees', async () => {
    const extra = fc.record(
      {
        Policy: fc.constantFrom('{', '{"Version":"2012-10-17","Statement":[]}', `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${'a'.repeat(2100)}","Resource":"*"}]}`),
        DurationSeconds: fc.constantFrom('899', '900', '43200', '43201', 'abc', '', '-1'),
      },
      { requiredKeys: [] },
    )
    const input = fc.record({
      operation: fc.constantFrom('AssumeRoleWithSAML' as const, 'AssumeRoleWithWebIdentity' as const),
      edits: fc.array(edit(hostileXml), { maxLength: 2 }),
      extra,
    })
    await fc.assert(
      fc.asyncProperty(input, async ({ operation, edits, extra }) => {
        const text = operation === 'AssumeRoleWithSAML' ? toBase64(utf8Encode(applyEdits(s.signedXml, edits))) : applyEdits(s.token, edits)
        await send(s, operation, text, extra)
      }),
      { numRuns: 150 },
    )
    expect(s.engine.world).toStrictEqual(s.pristine)
  }, 60_000)
})

describe('federation fuzzing: OAuth 2.0 access tokens (ProviderId) and Cognito identity tokens through the engine', () => {
  const AMAZON_ROLE = 'arn:aws:iam::111111111111:role/AmazonLoginUser'
  const FACEBOOK_ROLE = 'arn:aws:iam::111111111111:role/FacebookLoginUser'
  const COGNITO_ROLE = 'arn:aws:iam::111111111111:role/CognitoAuthenticated'
  let s: Setup
  let amazonToken = ''
  let facebookToken = ''
  let cognitoToken = ''
  const grants = new Map<string, string>()

  beforeAll(async () => {
    const world = structuredClone(demoWorld)
    const engine = createEngine({ world, deps: fixedDeps(T0) })
    const amazon = simulatedOauth2Token(world, 'www.amazon.com', { userId: 'amzn1.account.FUZZ', nowMs: T0 })
    const facebook = simulatedOauth2Token(world, 'graph.facebook.com', { userId: '10160000000000042', nowMs: T0 })
    const cognito = await simulatedCognitoToken(world, { sub: 'us-east-1:5c1d9e2a-7b3f-4a6c-8d0e-1f2a3b4c5d6e', amr: ['authenticated', 'accounts.google.com'], nowMs: T0 })
    if (!amazon.ok || !facebook.ok || !cognito.ok) throw new Error('the demo world lost a simulated IdP')
    ;[amazonToken, facebookToken, cognitoToken] = [amazon.token, facebook.token, cognito.token]
    s = { engine, pristine: structuredClone(world), signedXml: '', token: '', attackerToken: '', samlGrant: '', tokenGrant: '' }
    for (const [key, extra, token] of [
      ['amazon', { RoleArn: AMAZON_ROLE, ProviderId: 'www.amazon.com' }, amazonToken],
      ['facebook', { RoleArn: FACEBOOK_ROLE, ProviderId: 'graph.facebook.com' }, facebookToken],
      ['cognito', { RoleArn: COGNITO_ROLE }, cognitoToken],
    ] as const) {
      const result = await send(s, 'AssumeRoleWithWebIdentity', token, extra)
      expect(result.response.status, result.response.body).toBe(200)
      grants.set(key, grantOf(result.response.body))
    }
  })

  it('access tokens: mutated, spliced and random tokens with every ProviderId and role; only the untouched token of that provider grants', async () => {
    const tokenEdit = edit(fc.oneof(fc.constantFrom('.', '|', '=', '-', '_', 'A', 'EAA', 'Atza|', ' ', '%'), fc.string({ maxLength: 8 })))
    const input = fc.record({
      token: fc.oneof(
        fc.constantFrom(amazonToken, facebookToken, cognitoToken).chain((token) => fc.array(tokenEdit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(token, edits))),
        fc.tuple(fc.constantFrom(amazonToken, facebookToken), fc.constantFrom(amazonToken, facebookToken)).map(([a, b]) => `${a.slice(0, a.lastIndexOf('.'))}${b.slice(b.lastIndexOf('.'))}`),
        fc.constantFrom(amazonToken, facebookToken),
        fc.string({ minLength: 4, maxLength: 300 }),
        fc.base64String({ minLength: 4, maxLength: 300 }).map((b) => `Atza|${b}`),
      ),
      providerId: mostly('www.amazon.com', fc.constantFrom('graph.facebook.com', 'accounts.google.com', 'https://www.amazon.com', 'www.amazon.com:443', 'WWW.AMAZON.COM', 'cognito-identity.amazonaws.com')),
      roleArn: fc.constantFrom(AMAZON_ROLE, FACEBOOK_ROLE, COGNITO_ROLE, 'arn:aws:iam::111111111111:role/WebAppUser', 'arn:aws:iam::111111111111:role/Missing'),
    })
    await fc.assert(
      fc.asyncProperty(input, async ({ token, providerId, roleArn }) => {
        if (token.length > 20_000) return
        const result = await send(s, 'AssumeRoleWithWebIdentity', token, { RoleArn: roleArn, ProviderId: providerId })
        if (result.response.status !== 200) return
        const accepted = `${providerId} ${roleArn} ${JSON.stringify(token.slice(0, 300))}`
        // A seal covers the provider id and the exact characters of the prefixed payload: any other spelling is refused.
        if (providerId === 'www.amazon.com') expect([token, roleArn, grantOf(result.response.body)], accepted).toEqual([amazonToken, AMAZON_ROLE, grants.get('amazon')])
        else expect([providerId, token, roleArn, grantOf(result.response.body)], accepted).toEqual(['graph.facebook.com', facebookToken, FACEBOOK_ROLE, grants.get('facebook')])
      }),
      { numRuns: 500, seed: 20261125 },
    )
    expect(s.engine.world).toStrictEqual(s.pristine)
  }, 60_000)

  it('access tokens the provider really sealed, with random apps, users and expiry: refused or granted exactly as the provider and trust policy say', async () => {
    const provider = demoWorld.oauth2Providers?.find((p) => p.providerId === 'www.amazon.com')
    const tokenKey = provider?.simulatedIdp?.tokenKey ?? ''
    const appId = provider?.appIds[0] ?? ''
    const now = T0 / 1000
    const grant = fc.record({
      appId: mostly(appId, fc.oneof(fc.string({ maxLength: 40 }), fc.constant('amzn1.application-oa2-client.other'))),
      userId: fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.constantFrom('<user>&"', ']]>', 'a'.repeat(5000))),
      exp: fc.oneof(fc.integer({ min: now - 100, max: now + 100 }), fc.constantFrom(now - 1, now, now + 1, 2 ** 31)),
    })
    await fc.assert(
      fc.asyncProperty(grant, async (g) => {
        const token = sealAccessToken('www.amazon.com', tokenKey, g)
        if (token.length > 20_000) return
        const result = await send(s, 'AssumeRoleWithWebIdentity', token, { RoleArn: AMAZON_ROLE, ProviderId: 'www.amazon.com' })
        const expected = g.appId === appId && g.exp > now ? 200 : 403
        expect(result.response.status, `${JSON.stringify(g).slice(0, 300)}\n${result.response.body.slice(0, 600)}`).toBe(expected)
      }),
      { numRuns: 300, seed: 20261126 },
    )
  }, 60_000)

  it('Cognito tokens: mutated tokens never grant anything but the untouched token’s session', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit(fc.oneof(fc.constantFrom('.', '=', '-', '_', 'A'), fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 4 }), async (edits) => {
        const token = applyEdits(cognitoToken, edits)
        const result = await send(s, 'AssumeRoleWithWebIdentity', token, { RoleArn: COGNITO_ROLE })
        if (result.response.status === 200) expect(grantOf(result.response.body), JSON.stringify(token.slice(0, 300))).toBe(grants.get('cognito'))
      }),
      { numRuns: 200, seed: 20261127 },
    )
  }, 60_000)
})
