import type { Hashing } from '../auth/hashing.ts'
import { GLOBAL_ENDPOINT, signingRegionFor, stsEndpointHost } from '../auth/sts-endpoints.ts'
import { signExperiment, type ExperimentKeys } from '../compare/sign-experiment.ts'
import type { HttpRequest } from '../http.ts'
import { API_VERSION } from '../model/sts-model.ts'
import { encodeQuery, type QueryPair } from '../protocol/query-codec.ts'

export interface StepEndpoint {
  host: string
  /** The SigV4 signing region: us-east-1 for the global endpoint. */
  region: string
}

/** Where a step's request goes: the global endpoint by default, else `sts.REGION.amazonaws.com`. Undefined for a region name that is not one. */
export function stepEndpoint(endpoint: { region: string } | undefined): StepEndpoint | undefined {
  const choice = endpoint?.region ?? GLOBAL_ENDPOINT
  try {
    return { host: stsEndpointHost(choice), region: signingRegionFor(choice) }
  } catch {
    return undefined
  }
}

/** The form body an SDK sends: `Action`, `Version=2011-06-15`, then the fields in the order given. */
export function stepBody(operation: string, fields: Readonly<Record<string, string>>): string {
  const pairs: QueryPair[] = [['Action', operation], ['Version', API_VERSION], ...Object.entries(fields)]
  return encodeQuery(pairs)
}

/**
 * The POST for a call step, signed with SigV4 at `atMs` by the engine's own signer (unsigned
 * without keys). `tamperedBody` replaces the body after signing, as an attacker on the wire would:
 * the signature no longer covers what is sent.
 */
export function stepRequest(body: string, keys: ExperimentKeys | undefined, endpoint: StepEndpoint, atMs: number, options: { tamperedBody?: string; hashing?: Hashing | undefined } = {}): HttpRequest {
  const signed = signExperiment(body, keys, endpoint.host, endpoint.region, atMs, options.hashing)
  return options.tamperedBody === undefined ? signed : { ...signed, body: options.tamperedBody }
}
