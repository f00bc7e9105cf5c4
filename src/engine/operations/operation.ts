import type { Endpoint } from '../auth/endpoint.ts'
import type { Environment } from '../authorization/caller-context.ts'
import type { EngineDeps } from '../deps.ts'
import type { IssuedCredentials, IssuedToken } from '../explain/issued-credentials.ts'
import type { StsFault } from '../errors/faults.ts'
import type { CheckLog } from '../explain/checks.ts'
import type { Principal } from '../identity/principal.ts'
import type { QueryPair } from '../protocol/query-codec.ts'
import type { Session } from '../sessions/session.ts'
import type { World } from '../world/world-schema.ts'
import type { XmlElement } from '../xml/xml-writer.ts'
import type { UsedMfaCodes } from './assume/used-mfa-codes.ts'

/** Who called, once SigV4 has been verified. */
export interface AuthenticatedCaller {
  principal: Principal
  /** Set when the caller used temporary credentials. */
  session?: Session
  accessKeyId: string
  /** The region the request was signed for and reached. */
  region: string
}

/** What an operation gets to work with. */
export interface OperationContext {
  /** Parameters as AWS reads them: the first occurrence of each name. */
  parameters: ReadonlyMap<string, string>
  /** Every parameter pair in wire order, for decoding lists. */
  pairs: readonly QueryPair[]
  /** The signed caller, or undefined for the unsigned operations. */
  caller: AuthenticatedCaller | undefined
  nowMs: number
  log: CheckLog
  world: World
  deps: EngineDeps
  /** Seals the session tokens the operation issues. */
  sessionKey: Uint8Array
  /** The region of the endpoint the request reached. */
  region: string
  /** The endpoint the request reached: the global one, a regional one, or the local endpoint. */
  endpoint: Endpoint
  /** Whether the request came over HTTPS (the real STS host names) or plain HTTP (the local endpoint). */
  secureTransport: boolean
  /** The caller's IP address, when the transport knows it (aws:SourceIp). */
  sourceIp?: string
  /** The engine's memory of MFA codes already accepted (each is accepted once); absent, codes are not remembered. */
  usedMfaCodes?: UsedMfaCodes
}

/**
 * The `<OpResult>` children, in the order AWS sends them (and the credentials the result issued,
 * as typed data), or the fault AWS would return.
 */
export type OperationOutcome = { ok: true; result: XmlElement[]; issued?: IssuedCredentials; issuedToken?: IssuedToken } | { ok: false; fault: StsFault }

/** One STS operation: its wire name and what it does. */
export interface OperationHandler {
  name: string
  /** Synchronous for most operations; asynchronous where WebCrypto is needed (signing JWTs). */
  run(context: OperationContext): OperationOutcome | Promise<OperationOutcome>
}

/** The request's environment for policy evaluation: clock, region, transport and source IP. */
export function environmentOf(ctx: Pick<OperationContext, 'nowMs' | 'region' | 'secureTransport' | 'sourceIp'>): Environment {
  return { nowMs: ctx.nowMs, region: ctx.region, secureTransport: ctx.secureTransport, ...(ctx.sourceIp ? { sourceIp: ctx.sourceIp } : {}) }
}
