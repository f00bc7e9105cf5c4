// EngineResult's structured facts: outcome, fault, decidingIndex and parameters, checked against
// the wire answer they describe.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixedDeps } from './deps.ts'
import { createEngine } from './engine.ts'
import type { HttpRequest } from './http.ts'
import { encodeQuery, parseQuery, type QueryPair } from './protocol/query-codec.ts'
import { ALICE, signQuery, T0 } from './testing/sign-request.ts'
import { demoWorld } from './world/demo-world.ts'

const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" }
/** The text of an element of the body, entities decoded. */
function xmlText(body: string, name: string): string | undefined {
  const raw = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1]
  return raw?.replace(/&(lt|gt|amp|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity)
}

const pairs = (action: string, more: QueryPair[] = []): QueryPair[] => [['Action', action], ['Version', '2011-06-15'], ...more]
const signed = (sent: QueryPair[], options: { method?: 'POST' | 'GET'; secret?: string } = {}) =>
  signQuery({ credentials: options.secret ? { ...ALICE, secretAccessKey: options.secret } : ALICE, body: encodeQuery(sent), ...(options.method ? { method: options.method } : {}) })

interface Case {
  name: string
  request: () => Promise<HttpRequest>
  /** What the request carried as Query parameters (what STS reads). */
  sent: QueryPair[]
  outcome: 'success' | 'redirect' | 'error'
  status: number
  code?: string
  /** The id of the deciding check, for redirects and errors. */
  decider?: string
}

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const ADMIN = 'arn:aws:iam::111111111111:role/Admin'

const cases: Case[] = [
  { name: 'GetCallerIdentity succeeds', request: () => signed(pairs('GetCallerIdentity')), sent: pairs('GetCallerIdentity'), outcome: 'success', status: 200 },
  {
    name: 'AssumeRole of Dev succeeds (GET, query string)',
    request: () => signed(pairs('AssumeRole', [['RoleArn', DEV], ['RoleSessionName', 'xy']]), { method: 'GET' }),
    sent: pairs('AssumeRole', [['RoleArn', DEV], ['RoleSessionName', 'xy']]),
    outcome: 'success',
    status: 200,
  },
  {
    name: 'a wrong secret: SignatureDoesNotMatch',
    request: () => signed(pairs('GetCallerIdentity'), { secret: 'not-the-secret' }),
    sent: pairs('GetCallerIdentity'),
    outcome: 'error',
    status: 403,
    code: 'SignatureDoesNotMatch',
    decider: 'auth.signature',
  },
  {
    name: 'AssumeRole without RoleSessionName: ValidationError',
    request: () => signed(pairs('AssumeRole', [['RoleArn', DEV]])),
    sent: pairs('AssumeRole', [['RoleArn', DEV]]),
    outcome: 'error',
    status: 400,
    code: 'ValidationError',
  },
  {
    name: 'AssumeRole of Admin without MFA: AccessDenied',
    request: () => signed(pairs('AssumeRole', [['RoleArn', ADMIN], ['RoleSessionName', 'xy']])),
    sent: pairs('AssumeRole', [['RoleArn', ADMIN], ['RoleSessionName', 'xy']]),
    outcome: 'error',
    status: 403,
    code: 'AccessDenied',
  },
  {
    name: 'an unknown Action with XML-special characters: InvalidAction',
    request: async () => ({ method: 'POST', url: '/', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: encodeQuery(pairs('Get<&"Me>')) }),
    sent: pairs('Get<&"Me>'),
    outcome: 'error',
    status: 400,
    code: 'InvalidAction',
    decider: 'protocol.action',
  },
  {
    name: 'an unsigned GetCallerIdentity: MissingAuthenticationToken',
    request: async () => ({ method: 'GET', url: `/?${encodeQuery(pairs('GetCallerIdentity'))}`, headers: {}, body: '' }),
    sent: pairs('GetCallerIdentity'),
    outcome: 'error',
    status: 403,
    code: 'MissingAuthenticationToken',
    decider: 'auth.present',
  },
  {
    name: 'no Action: a redirect',
    request: async () => ({ method: 'GET', url: '/?Version=2011-06-15&Foo=a%20b&Foo=c', headers: {}, body: '' }),
    sent: [['Version', '2011-06-15'], ['Foo', 'a b'], ['Foo', 'c']],
    outcome: 'redirect',
    status: 302,
    decider: 'protocol.action',
  },
  {
    name: 'a POST without Content-Type: a redirect before any parameter is read',
    request: async () => ({ method: 'POST', url: '/?Action=GetCallerIdentity', headers: {}, body: 'Action=GetCallerIdentity&Version=2011-06-15' }),
    sent: [],
    outcome: 'redirect',
    status: 302,
    decider: 'protocol.content-type',
  },
]

describe('EngineResult: outcome, fault, decidingIndex, parameters', () => {
  it.each(cases)('$name', async ({ request, sent, outcome, status, code, decider }) => {
    const result = await engine.handle(await request())
    expect(result.response.status).toBe(status)
    expect(result.outcome).toBe(outcome)
    expect(result.parameters).toEqual(sent)
    if (outcome === 'error') {
      const body = result.response.body
      expect(result.fault).toEqual({
        code: xmlText(body, 'Code'),
        type: xmlText(body, 'Type'),
        status,
        ...(xmlText(body, 'Message') === undefined ? {} : { message: xmlText(body, 'Message') }),
      })
      expect(result.fault?.code).toBe(code)
    } else {
      expect(result.fault).toBeUndefined()
    }
    if (outcome === 'success') {
      expect(result.decidingIndex).toBeUndefined()
    } else {
      const index = result.decidingIndex ?? -1
      const deciding = result.checks[index]
      expect(deciding?.outcome).toBe('fail')
      // The first failure, and decidedBy (kept for compatibility) names it.
      expect(result.checks.findIndex((check) => check.outcome === 'fail')).toBe(index)
      expect(result.decidedBy).toBe(deciding?.id)
      if (decider) expect(deciding?.id).toBe(decider)
    }
  })

  it('the legacy JSON answer (Accept: application/json) carries the same facts as its body', async () => {
    const json = async (sent: QueryPair[], secret?: string) => {
      const request = await signed(sent, secret ? { secret } : {})
      return engine.handle({ ...request, headers: { ...request.headers, Accept: 'application/json' } })
    }
    const denied = await json(pairs('AssumeRole', [['RoleArn', ADMIN], ['RoleSessionName', 'xy']]))
    const error = (JSON.parse(denied.response.body) as { Error: { Code: string; Message?: string; Type: string } }).Error
    expect(denied.outcome).toBe('error')
    expect(denied.fault).toEqual({ code: error.Code, message: error.Message, type: error.Type, status: 403 })
    expect(denied.parameters).toEqual(pairs('AssumeRole', [['RoleArn', ADMIN], ['RoleSessionName', 'xy']]))
    expect(denied.decidingIndex).toBeDefined()

    const ok = await json(pairs('GetCallerIdentity'))
    expect([ok.outcome, ok.fault, ok.decidingIndex]).toEqual(['success', undefined, undefined])
    expect(ok.parameters).toEqual(pairs('GetCallerIdentity'))
  })

  it('parameters are the form body of a POST, not its query string, with repeated names in wire order', async () => {
    const body = 'Action=GetCallerIdentity&Version=2011-06-15&X=1&X=2'
    const result = await engine.handle({ ...(await signQuery({ credentials: ALICE, body })), url: '/?Ignored=yes' })
    expect(result.parameters).toEqual(parseQuery(body))
  })

  it('an internal failure is an error whose fault is InternalFailure and whose parameters were read', async () => {
    // A clock that fails once, in the middle of the request: a bug of the engine's, not the client's.
    let calls = 0
    const deps = fixedDeps(T0)
    const broken = createEngine({ world: demoWorld, deps: { ...deps, now: () => (calls++ === 0 ? (() => { throw new Error('clock broke') })() : deps.now()) } })
    const result = await broken.handle({ method: 'GET', url: '/?Action=GetCallerIdentity&Version=2011-06-15', headers: {}, body: '' })
    expect(result.outcome).toBe('error')
    expect(result.fault).toEqual({ code: 'InternalFailure', message: 'An internal error occurred.', type: 'Receiver', status: 500 })
    expect(result.parameters).toEqual(pairs('GetCallerIdentity'))
    expect(result.checks[result.decidingIndex ?? -1]?.id).toBe('engine.internal')
  })

  it('any request: outcome follows the status, fault is the body’s error, an error or redirect names a failed check (property)', async () => {
    const pair = fc.tuple(fc.constantFrom('Action', 'Version', 'RoleArn', 'X-Amz-Signature', 'a'), fc.oneof(fc.string(), fc.constantFrom('GetCallerIdentity', '2011-06-15', 'AssumeRole')))
    const query = fc.array(pair, { maxLength: 4 }).map((pairs) => encodeQuery(pairs))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST'), query, fc.boolean(), async (method, text, form) => {
        const headers: Record<string, string> = form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}
        const result = await engine.handle(method === 'GET' ? { method, url: `/?${text}`, headers, body: '' } : { method, url: '/', headers, body: text })
        const { status, body } = result.response
        expect(result.outcome).toBe(status === 200 ? 'success' : status === 302 ? 'redirect' : 'error')
        if (result.outcome === 'error') {
          expect([result.fault?.code, result.fault?.message, result.fault?.status]).toEqual([xmlText(body, 'Code'), xmlText(body, 'Message'), status])
        } else {
          expect(result.fault).toBeUndefined()
        }
        if (result.outcome === 'success') expect(result.decidingIndex).toBeUndefined()
        else expect(result.checks[result.decidingIndex ?? -1]?.outcome).toBe('fail')
        expect(result.parameters).toEqual(method === 'POST' && !form ? [] : parseQuery(text))
      }),
      { numRuns: 200 },
    )
  })
})
