// One experiment as the evidence list shows it: the request (method, host, parameters), how it was
// answered (status, fault or the issued credentials' expiry) and the check that decided.
import { parseQuery } from '../../engine/sts-model.ts'
import type { Check, EngineResult, Experiment, HttpRequest, QueryPair } from '../../engine/types.ts'

export type ExperimentOutcome =
  /** A 2xx: with the expiry of the credentials (or GetWebIdentityToken's token) it issued. */
  | { kind: 'success'; status: number; expiration?: string; issued?: 'credentials' | 'token' }
  | { kind: 'redirect'; status: number }
  | { kind: 'fault'; status: number; code: string; message?: string }
  /** A permission probe's decision. */
  | { kind: 'decision'; allowed: boolean; result: string; reason: string }
  /** A probe whose credentials were not accepted at all. */
  | { kind: 'credentials-refused'; reason: string; detail: string }

export interface ExperimentSummary {
  id: string
  kind: Experiment['kind']
  purpose: string
  callerLabel: string
  /** What was asked: an HTTP request, or the probe's action on a resource. */
  request: { method: string; host: string; parameters: readonly QueryPair[] } | { action: string; resource: string }
  outcome: ExperimentOutcome
  /** A console sign-in's second step, the login with the SigninToken, when there was one. */
  login?: { method: string; host: string; parameters: readonly QueryPair[]; outcome: ExperimentOutcome }
  /** A console sign-in: whether the login reached the console. */
  consoleAllowed?: boolean
  /** The check that decided a refusal or a redirect (the last request's); undefined on a success. */
  decidingCheck?: Check
  /** How many checks ran, and how many passed. */
  checks?: { passed: number; total: number }
}

function headerHost(request: HttpRequest): string {
  return Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'host')?.[1] ?? ''
}

/** The query of a GET, or the form body of a POST. */
function requestParameters(request: HttpRequest): QueryPair[] {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : ''
  return parseQuery(request.method === 'GET' ? query : request.body || query)
}

function resultOutcome(result: EngineResult): ExperimentOutcome {
  const status = result.response.status
  if (result.fault !== undefined) return { kind: 'fault', status, code: result.fault.code, ...(result.fault.message === undefined ? {} : { message: result.fault.message }) }
  if (status >= 300 && status < 400) return { kind: 'redirect', status }
  if (status >= 400) return { kind: 'fault', status, code: 'refused' }
  if (result.issued !== undefined) return { kind: 'success', status, expiration: result.issued.expiration, issued: 'credentials' }
  if (result.issuedToken !== undefined) return { kind: 'success', status, expiration: result.issuedToken.expiration, issued: 'token' }
  return { kind: 'success', status }
}

function checksOf(result: EngineResult): Pick<ExperimentSummary, 'decidingCheck' | 'checks'> {
  const decidingCheck = result.decidingIndex === undefined ? undefined : result.checks[result.decidingIndex]
  const checks = { passed: result.checks.filter((check) => check.outcome === 'pass').length, total: result.checks.length }
  return decidingCheck === undefined ? { checks } : { decidingCheck, checks }
}

export function experimentSummary(experiment: Experiment): ExperimentSummary {
  const base = { id: experiment.id, kind: experiment.kind, purpose: experiment.purpose, callerLabel: experiment.caller.label }
  switch (experiment.kind) {
    case 'sts':
      return {
        ...base,
        request: { method: experiment.request.method, host: experiment.host, parameters: experiment.parameters },
        outcome: resultOutcome(experiment.result),
        ...checksOf(experiment.result),
      }
    case 'console': {
      const { login } = experiment
      return {
        ...base,
        request: { method: experiment.request.method, host: headerHost(experiment.request), parameters: requestParameters(experiment.request) },
        outcome: resultOutcome(experiment.result),
        ...(login === undefined
          ? {}
          : { login: { method: login.request.method, host: headerHost(login.request), parameters: requestParameters(login.request), outcome: resultOutcome(login.result) } }),
        consoleAllowed: experiment.allowed,
        ...checksOf(login?.result ?? experiment.result),
      }
    }
    case 'probe': {
      const { result } = experiment
      const outcome: ExperimentOutcome = result.ok
        ? { kind: 'decision', allowed: result.decision.result === 'Allow', result: result.decision.result, reason: result.decision.reason }
        : { kind: 'credentials-refused', reason: result.reason, detail: result.detail }
      return { ...base, request: { action: experiment.action, resource: experiment.resource }, outcome }
    }
  }
}

/** The outcome in a few words, for the evidence list's first line: `200 OK, expires 2026-…`, `403 AccessDenied`. */
export function outcomeWords(outcome: ExperimentOutcome): string {
  switch (outcome.kind) {
    case 'success':
      return outcome.expiration === undefined ? `${outcome.status}: answered` : `${outcome.status}: ${outcome.issued === 'token' ? 'token' : 'credentials'} issued, expiring ${outcome.expiration}`
    case 'redirect':
      return `${outcome.status}: redirected`
    case 'fault':
      return `${outcome.status}: ${outcome.code}`
    case 'decision':
      return outcome.allowed ? 'Allowed' : `Denied (${outcome.result})`
    case 'credentials-refused':
      return `Credentials not accepted (${outcome.reason})`
  }
}
