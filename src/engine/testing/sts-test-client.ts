// Test helper: a tiny STS client over an engine, signing with @smithy/signature-v4 like the SDKs.
import { fixedDeps } from '../deps.ts'
import { createEngine, type Engine, type EngineResult } from '../engine.ts'
import { encodeQuery, flattenParameters, type QueryValue } from '../protocol/query-codec.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { signQuery, T0, type TestCredentials } from './sign-request.ts'

export interface Reply extends EngineResult {
  status: number
  body: string
  /** The text of the first element with this name, if any. */
  text(element: string): string | undefined
  code: string | undefined
  message: string | undefined
}

export function reply(result: EngineResult): Reply {
  const body = result.response.body
  const text = (name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1]
  return { ...result, status: result.response.status, body, text, code: text('Code'), message: text('Message') }
}

export interface TestClock {
  now: number
  advance(ms: number): void
}

/** An engine on the demo world (or another) at T0, and a way to call it as any credentials. */
export function stsTestClient(world: World = demoWorld, sessionKey?: Uint8Array) {
  const deps = fixedDeps(T0)
  const engine: Engine = createEngine({ world, deps, ...(sessionKey ? { sessionKey } : {}) })
  return {
    engine,
    deps,
    async call(credentials: TestCredentials, action: string, parameters: Record<string, QueryValue | undefined> = {}, options: { host?: string; region?: string } = {}): Promise<Reply> {
      const body = encodeQuery([['Action', action], ['Version', '2011-06-15'], ...flattenParameters(parameters)])
      const request = await signQuery({ credentials, body, at: deps.now(), ...options })
      return reply(await engine.handle(request))
    },
  }
}

/** The credentials in an AssumeRole (or similar) response. */
export function credentialsOf(r: Reply): TestCredentials {
  const accessKeyId = r.text('AccessKeyId')
  const secretAccessKey = r.text('SecretAccessKey')
  const sessionToken = r.text('SessionToken')
  if (!accessKeyId || !secretAccessKey || !sessionToken) throw new Error(`no credentials in:\n${r.body}`)
  return { accessKeyId, secretAccessKey, sessionToken }
}

export { T0 }

/** The `<Credentials>` of a response as EngineResult.issued names them (to check that `issued` says what the body says). */
export function credentialsInBody(r: Reply): Record<'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration', string | undefined> {
  return { accessKeyId: r.text('AccessKeyId'), secretAccessKey: r.text('SecretAccessKey'), sessionToken: r.text('SessionToken'), expiration: r.text('Expiration') }
}
