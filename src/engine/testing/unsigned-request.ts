// Test helper: the unsigned Query POSTs of AssumeRoleWithWebIdentity and AssumeRoleWithSAML, as the
// SDKs send them (no Authorization header, no security token: fact 71).
import type { Engine } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import { encodeQuery, flattenParameters, type QueryValue } from '../protocol/query-codec.ts'
import { reply, type Reply } from './sts-test-client.ts'

export function unsignedRequest(action: string, parameters: Record<string, QueryValue | undefined>, host = 'sts.amazonaws.com'): HttpRequest {
  const body = encodeQuery([['Action', action], ['Version', '2011-06-15'], ...flattenParameters(parameters)])
  return { method: 'POST', url: '/', headers: { host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body }
}

export async function callUnsigned(engine: Engine, action: string, parameters: Record<string, QueryValue | undefined>, host?: string): Promise<Reply> {
  return reply(await engine.handle(unsignedRequest(action, parameters, host)))
}

/** The names of the children of `<OpResult>`, in order. */
export function resultElementNames(body: string, operation: string): string[] {
  const inner = new RegExp(`<${operation}Result>([\\s\\S]*)</${operation}Result>`).exec(body)?.[1] ?? ''
  const names: string[] = []
  let depth = 0
  for (const match of inner.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match
    if (closing) depth--
    else {
      if (depth === 0 && name) names.push(name)
      if (!selfClosing) depth++
    }
  }
  return names
}
