import type { Hashing } from '../auth/hashing.ts'
import { probe } from '../authorization/probe.ts'
import type { Engine } from '../engine.ts'
import type { IssuedCredentials } from '../explain/issued-credentials.ts'
import { API_VERSION } from '../model/sts-model.ts'
import { encodeQuery, flattenParameters, type QueryPair, type QueryValue } from '../protocol/query-codec.ts'
import { consoleLoginRequest, consoleSigninRequest } from '../console/console-requests.ts'
import type { CallerKind, ConsoleExperiment, Experiment, ExperimentCaller, ProbeExperiment, StsExperiment } from './comparison-types.ts'
import { signExperiment } from './sign-experiment.ts'

/** Where the experiments are sent: a regional endpoint, as the SDKs now default to (GetWebIdentityToken has no global one). */
export const EXPERIMENT_REGION = 'us-east-1'
export const EXPERIMENT_HOST = `sts.${EXPERIMENT_REGION}.amazonaws.com`

/** Sends the table's requests to one engine at one instant, keeping every request and answer by id. */
export class ExperimentRunner {
  readonly experiments: Record<string, Experiment> = {}
  readonly engine: Engine
  /** Requests already sent, by credentials and body. */
  private readonly sent = new Map<string, StsExperiment>()

  /** `newEngine` makes an engine on the table's world, key and clock; `fresh` requests get one of their own. */
  constructor(
    private readonly newEngine: () => Engine,
    readonly nowMs: number,
    private readonly hashing?: Hashing,
  ) {
    this.engine = newEngine()
  }

  /**
   * An STS request from `caller`, as an SDK would send it. `fresh`: to an engine of its own, for a
   * request whose MFA code must not count as used by another experiment at the same instant.
   */
  async sts(id: string, purpose: string, caller: ExperimentCaller, operation: string, parameters: Readonly<Record<string, QueryValue | undefined>> = {}, options: { fresh?: boolean } = {}): Promise<StsExperiment> {
    const pairs: QueryPair[] = [['Action', operation], ['Version', API_VERSION], ...flattenParameters(parameters)]
    const body = encodeQuery(pairs)
    // The same request from the same credentials at the same instant gets the same answer: it is sent once and cited wherever it shows something.
    const key = options.fresh ? undefined : `${caller.credentials?.accessKeyId ?? ''}\n${caller.credentials?.sessionToken ?? ''}\n${body}`
    const sent = key === undefined ? undefined : this.sent.get(key)
    if (sent) return sent
    const request = signExperiment(body, caller.credentials, EXPERIMENT_HOST, EXPERIMENT_REGION, this.nowMs, this.hashing)
    const result = await (options.fresh ? this.newEngine() : this.engine).handle(request)
    const experiment: StsExperiment = { kind: 'sts', id, purpose, caller, sentAt: this.nowMs, operation, parameters: pairs, host: EXPERIMENT_HOST, region: EXPERIMENT_REGION, request, result }
    this.experiments[id] = experiment
    if (key !== undefined) this.sent.set(key, experiment)
    return experiment
  }

  /** "Could these credentials call `action`?", asked of the engine's one authorization path. */
  probe(id: string, purpose: string, caller: ExperimentCaller, action: string, resource: string): ProbeExperiment {
    const keys = caller.credentials
    const result = keys
      ? probe(this.engine, { accessKeyId: keys.accessKeyId, ...(keys.sessionToken ? { sessionToken: keys.sessionToken } : {}), action, resource, region: EXPERIMENT_REGION, encodeMessage: false }, this.nowMs)
      : ({ ok: false, reason: 'invalid-credentials', detail: 'An unsigned request has no credentials to check.' } as const)
    const experiment: ProbeExperiment = { kind: 'probe', id, purpose, caller, sentAt: this.nowMs, action, resource, result }
    this.experiments[id] = experiment
    return experiment
  }

  /** Console sign-in with the caller's credentials: getSigninToken, then login with its token. */
  async console(id: string, purpose: string, caller: ExperimentCaller): Promise<ConsoleExperiment> {
    const keys = caller.credentials ?? { accessKeyId: '', secretAccessKey: '' }
    const request = consoleSigninRequest(keys)
    const result = await this.engine.handle(request)
    let login: ConsoleExperiment['login']
    if (result.outcome === 'success') {
      // The endpoint's JSON answer, {"SigninToken": "…"}, is what a broker reads to build the login URL.
      const token = (JSON.parse(result.response.body) as { SigninToken?: unknown }).SigninToken
      if (typeof token === 'string') {
        const loginRequest = consoleLoginRequest(token)
        login = { request: loginRequest, result: await this.engine.handle(loginRequest) }
      }
    }
    const experiment: ConsoleExperiment = { kind: 'console', id, purpose, caller, sentAt: this.nowMs, request, result, ...(login ? { login } : {}), allowed: login?.result.outcome === 'redirect' }
    this.experiments[id] = experiment
    return experiment
  }
}

export function succeeded(experiment: StsExperiment): boolean {
  return experiment.result.outcome === 'success'
}

/** The id of the check that decided a refusal (`caller.restrictions`, `validation.DurationSeconds`…). */
export function decidingCheckId(experiment: StsExperiment): string | undefined {
  const index = experiment.result.decidingIndex
  return index === undefined ? undefined : experiment.result.checks[index]?.id
}

/** How long the credentials (or the web identity token) a success issued last, in whole seconds from the request. */
export function issuedLifetime(experiment: StsExperiment): number | undefined {
  const expiration = (experiment.result.issued ?? experiment.result.issuedToken)?.expiration
  if (expiration === undefined) return undefined
  return Math.round((Date.parse(expiration) - experiment.sentAt) / 1000)
}

/** A caller holding the credentials an experiment issued. */
export function issuedCaller(kind: CallerKind, label: string, experiment: StsExperiment): ExperimentCaller | undefined {
  const issued: IssuedCredentials | undefined = experiment.result.issued
  if (!issued) return undefined
  return {
    kind,
    label,
    credentials: { accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey, sessionToken: issued.sessionToken, expiration: issued.expiration, arn: issued.arn },
    issuedBy: experiment.id,
  }
}
