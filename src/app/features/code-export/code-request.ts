// What the code export needs to write a request out as code: the operation and its parameters as
// values (lists and structures unflattened), whether and with what it is signed, and where it goes.
import { findOperation, shapeNamed } from '../../engine/sts-model.ts'
import type { QueryValue } from '../../engine/types.ts'

/** The port `npm run serve:sts` listens on by default (DEFAULT_PORT in src/server/cli-args.ts; a server test checks they agree). */
export const LOCAL_STS_PORT = 8787

/** The URL of `npm run serve:sts` on this machine (it listens on 127.0.0.1 only). */
export function localStsUrl(port: number = LOCAL_STS_PORT): string {
  return `http://127.0.0.1:${port}`
}

/** The region the code signs for at the local endpoint (serve:sts accepts any region at 127.0.0.1). */
export const LOCAL_REGION = 'us-east-1'

/** `npm run serve:sts` on this machine, or the real STS endpoint host the draft names. */
export type CodeTarget = { kind: 'local'; url: string } | { kind: 'aws'; host: string; region: string }

/**
 * `environment`: the code names no secret; the SDK, CLI or shell finds the keys (environment
 * variables, or a profile for the CLI and SDKs). `embedded`: the caller's keys are written into the
 * code, for the demo keys of the local endpoint.
 */
export type CodeCredentials = { kind: 'environment' } | { kind: 'embedded'; accessKeyId: string; secretAccessKey: string; sessionToken?: string }

export interface CodeRequest {
  operation: string
  /** The draft's parameters by wire name, in model order. */
  parameters: Readonly<Record<string, QueryValue>>
  /** False when the caller is anonymous: the request is sent without a signature. */
  signed: boolean
  /** True when the caller's credentials are temporary, so a session token goes with them. */
  temporary: boolean
  credentials: CodeCredentials
  target: CodeTarget
}

export function endpointUrl(target: CodeTarget): string {
  return target.kind === 'local' ? target.url : `https://${target.host}`
}

export function targetRegion(target: CodeTarget): string {
  return target.kind === 'local' ? LOCAL_REGION : target.region
}

/** True for the operations the model marks `auth: none` (the SDKs and CLI never sign them). */
export function unsignedByModel(operation: string): boolean {
  return findOperation(operation)?.auth === 'none'
}

/** The shape of an operation's input member, from the model. */
export function parameterShape(operation: string, name: string): string | undefined {
  const input = findOperation(operation)?.input
  return input === null || input === undefined ? undefined : shapeNamed(input).members?.[name]?.shape
}

/** A value as the SDKs take it, walked along the model: integer shapes become numbers when they are one. */
export type TypedValue = string | number | boolean | readonly TypedValue[] | { readonly [member: string]: TypedValue }

export function typedValue(value: QueryValue, shapeName: string | undefined): TypedValue {
  const shape = shapeName === undefined ? undefined : shapeNamed(shapeName)
  if (typeof value === 'string') return shape?.type === 'integer' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value) : value
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.map((item: QueryValue) => typedValue(item, shape?.member))
  const entries = Object.entries(value).flatMap(([member, item]) => (item === undefined ? [] : [[member, typedValue(item, shape?.members?.[member]?.shape)] as const]))
  return Object.fromEntries(entries)
}

/** The operation's parameters, typed along the model, in the draft's order. */
export function typedParameters(request: Pick<CodeRequest, 'operation' | 'parameters'>): [string, TypedValue][] {
  return Object.entries(request.parameters).map(([name, value]) => [name, typedValue(value, parameterShape(request.operation, name))])
}
