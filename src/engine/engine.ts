import { authenticate, type SigningWork } from './auth/authenticate.ts'
import { resolveEndpoint } from './auth/endpoint.ts'
import { jsHashing } from './auth/hashing.ts'
import type { EngineDeps } from './deps.ts'
import { faultInfo, faults, type StsFault } from './errors/faults.ts'
import { CheckLog } from './explain/checks.ts'
import { lowerCaseHeaders, splitUrl, type HttpRequest, type HttpResponse } from './http.ts'
import { API_VERSION, findOperation } from './model/sts-model.ts'
import type { AuthenticatedCaller } from './operations/operation.ts'
import { operationHandlers } from './operations/index.ts'
import { firstValues, parseQuery, type QueryPair } from './protocol/query-codec.ts'
import { newRequestId } from './request-id.ts'
import { credentialResolver } from './sessions/resolve-credentials.ts'
import type { World } from './world/world-schema.ts'
import { errorXml, successXml } from './xml/envelopes.ts'
import { errorJson, successJson } from './xml/json-envelopes.ts'
import { callerRestriction } from './operations/caller-restrictions.ts'
import { answerFederation, FEDERATION_PATH } from './console/federation-endpoint.ts'
import { usedMfaCodes } from './operations/assume/used-mfa-codes.ts'
import { ensureManagedPolicies } from './authorization/managed-policies.ts'
import { worldUsesAwsManagedPolicies } from './world/managed-policy-references.ts'
import { loadAwsManagedPolicies } from './policy/managed/aws-managed-policies.ts'

import type { EngineResult } from './engine-result.ts'

export type { EngineResult }

export interface Engine {
  /** Answers one HTTP request. Never throws: an internal fault becomes a 500 InternalFailure. */
  handle(request: HttpRequest): Promise<EngineResult>
  readonly world: World
  /** The key sealing this engine's session tokens (see EngineOptions.sessionKey). */
  readonly sessionKey: Uint8Array
}

/** RFC 7231 date for the Date header, on the engine clock (kept for the second it names). */
function httpDate(ms: number): string {
  const second = Math.floor(ms / 1000)
  if (second !== lastHttpDate.second) lastHttpDate = { second, text: new Date(second * 1000).toUTCString() }
  return lastHttpDate.text
}
let lastHttpDate = { second: Number.NaN, text: '' }

/** Who decided a refusal or a redirect: the first failed check, by id and by place. */
function decided(log: CheckLog): { decidedBy?: string; decidingIndex?: number } {
  const index = log.failureIndex()
  if (index !== undefined) return { decidedBy: log.checks[index]?.id ?? '', decidingIndex: index }
  const check = log.decidingCheck()
  return check ? { decidedBy: check.id } : {}
}

/** What one request has yielded so far, kept outside `answer` so an internal failure can still report it. */
interface RequestFacts {
  parameters: QueryPair[]
}

/** Where the Query parameters are: the form body of a POST, else the query string (botocore's QuerySerializer; GET observed against AWS, justincormack/argmin sts_oracle.rs). */
function readParameters(request: HttpRequest, headers: ReadonlyMap<string, string>, rawQuery: string, log: CheckLog): QueryPair[] | 'redirect' {
  if (request.method.toUpperCase() === 'POST') {
    const contentType = headers.get('content-type')
    if (contentType === undefined) {
      log.fail('protocol.content-type', 'POST body is a form', 'A POST without Content-Type is not read as a Query request: AWS redirects it to https://aws.amazon.com/iam.')
      return 'redirect'
    }
    if (contentType.toLowerCase().split(';')[0]?.trim() === 'application/x-www-form-urlencoded') {
      log.pass('protocol.content-type', 'POST body is a form', `Content-Type ${contentType}: parameters are read from the body.`)
      return parseQuery(request.body)
    }
    log.pass('protocol.content-type', 'POST body is a form', `Content-Type ${contentType} is not a form: parameters are read from the query string only.`)
  }
  return parseQuery(rawQuery)
}

export interface EngineOptions {
  world: World
  deps: EngineDeps
  /**
   * The key that seals session tokens and derives temporary secrets (32 bytes). Keep it to keep
   * issued credentials valid across engine instances (the app stores it with the world); a fresh
   * random key is made when absent.
   */
  sessionKey?: Uint8Array
}

export function createEngine(options: EngineOptions): Engine {
  const { world, deps } = options
  const sessionKey = options.sessionKey ?? deps.randomBytes(32)
  const credentials = credentialResolver(world, sessionKey, deps.hashing)
  // Each MFA code is accepted once per engine (operations/assume/used-mfa-codes.ts).
  const mfaCodes = usedMfaCodes()
  // A world that attaches AWS managed policies needs the built-in set to evaluate them: start loading it now,
  // so that synchronous probes find it too (requests wait for it: ensureManagedPolicies). A failed load is retried by the next request.
  if (worldUsesAwsManagedPolicies(world)) loadAwsManagedPolicies().catch(() => undefined)

  const respond = (requestId: string, status: number, body: string, extra: Record<string, string> = {}): HttpResponse => ({
    status,
    headers: { 'x-amzn-RequestId': requestId, ...(body === '' ? {} : { 'Content-Type': body.startsWith('{') ? 'application/json' : 'text/xml' }), Date: httpDate(deps.now()), ...extra },
    body,
  })

  const fail = (requestId: string, fault: StsFault, log: CheckLog, facts: RequestFacts, extra: Partial<EngineResult> = {}, json = false): EngineResult => ({
    response: respond(requestId, fault.status, json ? errorJson(fault, requestId) : errorXml(fault, requestId)),
    outcome: 'error',
    fault: faultInfo(fault),
    parameters: facts.parameters,
    requestId,
    checks: log.checks,
    ...decided(log),
    ...extra,
  })

  /** The console federation endpoint (console/): its answers are JSON, HTML pages and redirects, not STS's XML. */
  const federation = (request: HttpRequest, query: string, headers: ReadonlyMap<string, string>, requestId: string, log: CheckLog, facts: RequestFacts): EngineResult => {
    const { parameters, action, answer } = answerFederation({ request, query, headers, log, nowMs: deps.now(), sessionKey, hashing: deps.hashing ?? jsHashing, credentials })
    facts.parameters = parameters
    const date = httpDate(deps.now())
    const about = { parameters, ...(action === undefined ? {} : { operation: action }), requestId, checks: log.checks, ...decided(log) }
    if (answer.kind === 'refusal') {
      return { ...about, response: { status: answer.status, headers: { 'Content-Type': 'text/html;charset=UTF-8', Date: date }, body: answer.body }, outcome: 'error', consoleRefusal: answer.refusal }
    }
    if (answer.kind === 'redirect') {
      return { ...about, response: { status: 302, headers: { Location: answer.location, Date: date }, body: '' }, outcome: 'redirect', console: answer.console }
    }
    return { ...about, response: { status: 200, headers: { 'Content-Type': answer.contentType, Date: date }, body: answer.body }, outcome: 'success', console: answer.console }
  }

  const answer = async (request: HttpRequest, requestId: string, log: CheckLog, facts: RequestFacts): Promise<EngineResult> => {
    const { path, query } = splitUrl(request.url)
    const headers = lowerCaseHeaders(request.headers)
    if (path === FEDERATION_PATH) return federation(request, query, headers, requestId, log, facts)
    // The legacy JSON answer for `Accept: application/json` (undocumented; LocalStack's test_expiration_date_format, "tested against AWS").
    const wantsJson = (headers.get('accept') ?? '').toLowerCase().includes('application/json')
    // Methods, not arrow functions in variables: tsx (serve:sts) names every such closure with
    // Object.defineProperty as it is created, which costs a request a microsecond.
    const finish = {
      refuse(fault: StsFault, extra: Partial<EngineResult> = {}): EngineResult {
        return fail(requestId, fault, log, facts, extra, wantsJson)
      },
      redirect(location: string): EngineResult {
        return {
          response: respond(requestId, 302, '', { Location: location }),
          outcome: 'redirect',
          parameters: facts.parameters,
          requestId,
          checks: log.checks,
          decidedBy: 'protocol.action',
          ...decided(log),
        }
      },
    }
    const parameters = readParameters(request, headers, query, log)
    // A POST without Content-Type is redirected before STS reads any parameter.
    if (parameters === 'redirect') return finish.redirect('https://aws.amazon.com/iam')
    facts.parameters = parameters

    const values = firstValues(parameters)
    const action = values.get('Action')
    if (action === undefined) {
      log.fail('protocol.action', 'Request names an Action', 'There is no Action parameter. AWS answers such a request with a redirect to the IAM home page.')
      const isGet = request.method.toUpperCase() !== 'POST'
      return finish.redirect(isGet && query !== '' ? `https://aws.amazon.com/iam?${query}` : 'https://aws.amazon.com/iam')
    }
    const version = values.get('Version') ?? 'NO_VERSION_SPECIFIED'
    const model = findOperation(action)
    if (!model || version !== API_VERSION) {
      log.fail(
        'protocol.action',
        'Action and Version name an STS operation',
        !model ? `STS has no operation called "${action}".` : `STS's only API version is ${API_VERSION}; this request says ${version === 'NO_VERSION_SPECIFIED' ? 'none' : `"${version}"`}.`,
      )
      return finish.refuse(faults.invalidAction(action, version), { operation: action })
    }
    log.pass('protocol.action', 'Action and Version name an STS operation', `${action}, API version ${version}.`)

    const endpoint = resolveEndpoint(headers.get('host'))
    const nowMs = deps.now()
    let caller: AuthenticatedCaller | undefined
    let signing: SigningWork | undefined
    if (model.auth === 'none') {
      log.skip('auth.present', 'Request is signed', `${action} is one of the two unsigned STS operations: the token or assertion it carries is the proof of identity.`)
    } else {
      const outcome = authenticate(
        { method: request.method, wirePath: path, rawQuery: query, headers, body: request.body },
        { credentials, endpoint, nowMs, hashing: deps.hashing ?? jsHashing },
        log,
      )
      signing = outcome.signing
      if (!outcome.ok) return finish.refuse(outcome.fault, { operation: action, ...(signing ? { signing } : {}) })
      caller = { principal: outcome.principal, accessKeyId: outcome.accessKeyId, region: outcome.region, ...(outcome.session ? { session: outcome.session } : {}) }
    }
    const about = { operation: action, ...(signing ? { signing } : {}) }

    const restricted = caller ? callerRestriction(action, caller) : undefined
    if (restricted) {
      log.fail('caller.restrictions', 'These credentials may call this operation', restricted.why)
      return finish.refuse(restricted.fault, about)
    }
    const handler = operationHandlers.get(action)
    if (!handler) {
      log.fail('operation.simulated', 'The playground simulates this operation', `${action} is a real STS operation that this version of the playground does not simulate yet.`)
      return finish.refuse(faults.notSimulated(action), about)
    }
    // AWS managed policies the world or the caller's session names are built in but loaded lazily: load them before any evaluation.
    await ensureManagedPolicies(world, caller?.session)
    const outcome = await handler.run({
      parameters: values,
      pairs: parameters,
      caller,
      nowMs,
      log,
      world,
      deps,
      sessionKey,
      // An unsigned request's region is the Host's, else us-east-1.
      region: caller?.region ?? (endpoint.kind === 'local' ? 'us-east-1' : endpoint.region),
      endpoint,
      // Requests to the real STS host names arrive over HTTPS; the local endpoint is plain HTTP.
      secureTransport: endpoint.kind !== 'local',
      ...(request.sourceIp ? { sourceIp: request.sourceIp } : {}),
      usedMfaCodes: mfaCodes,
    })
    if (!outcome.ok) return finish.refuse(outcome.fault, about)
    const { issued, issuedToken } = outcome
    return {
      ...(issued ? { issued } : {}),
      ...(issuedToken ? { issuedToken } : {}),
      response: respond(requestId, 200, wantsJson ? successJson(action, outcome.result, requestId) : successXml(action, outcome.result, requestId)),
      outcome: 'success',
      parameters,
      ...about,
      requestId,
      checks: log.checks,
      decidedBy: log.decidingCheck()?.id ?? 'operation',
    }
  }

  return {
    world,
    sessionKey,
    async handle(request) {
      const requestId = newRequestId(deps)
      const log = new CheckLog()
      const facts: RequestFacts = { parameters: [] }
      try {
        return await answer(request, requestId, log, facts)
      } catch (error) {
        // A bug of ours, never a client's fault: answer as AWS does for its own failures.
        log.fail('engine.internal', 'The engine answered without an internal error', `Internal error: ${(error as Error).message}`)
        const fault: StsFault = { code: 'InternalFailure', status: 500, message: 'An internal error occurred.', type: 'Receiver', namespace: 'https://sts.amazonaws.com/doc/2011-06-15/' }
        return fail(requestId, fault, log, facts)
      }
    },
  }
}
