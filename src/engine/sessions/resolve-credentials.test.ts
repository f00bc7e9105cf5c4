import { describe, expect, it } from 'vitest'
import { ALICE, type TestCredentials } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { credentialResolver } from './resolve-credentials.ts'

const DEV = 'arn:aws:iam::111111111111:role/Dev'

describe('credentialResolver and the session tokens it has opened', () => {
  it('resolves a token the same way the first time and every time after, with the session frozen', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'kept' }))
    const resolver = credentialResolver(demoWorld, sts.engine.sessionKey)
    const first = resolver.resolve(creds.accessKeyId, creds.sessionToken)
    const again = resolver.resolve(creds.accessKeyId, creds.sessionToken)
    expect(first).toEqual(again)
    if (!first.ok) throw new Error(first.detail)
    expect(first.secretAccessKey).toBe(creds.secretAccessKey)
    expect(first.principal).toMatchObject({ kind: 'assumed-role', roleName: 'Dev', sessionName: 'kept' })
    expect(Object.isFrozen(first.session)).toBe(true)
    expect(Object.isFrozen(first.session?.role)).toBe(true)
  })

  it('still checks the key against the token it opened before', async () => {
    const sts = stsTestClient()
    const a = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'first' }))
    const b = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'second' }))
    const resolver = credentialResolver(demoWorld, sts.engine.sessionKey)
    expect(resolver.resolve(a.accessKeyId, a.sessionToken).ok).toBe(true)
    expect(resolver.resolve(b.accessKeyId, a.sessionToken)).toMatchObject({ ok: false, reason: 'token-for-another-key' })
  })

  it('another engine key opens nothing, even a token opened before under the right key', async () => {
    const sts = stsTestClient()
    const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'other-key' }))
    expect(credentialResolver(demoWorld, sts.engine.sessionKey).resolve(creds.accessKeyId, creds.sessionToken).ok).toBe(true)
    expect(credentialResolver(demoWorld, new Uint8Array(32).fill(9)).resolve(creds.accessKeyId, creds.sessionToken)).toMatchObject({ ok: false, reason: 'token-invalid' })
  })

  it('keeps at most 256 opened tokens and opens an evicted one again, the same', async () => {
    const sts = stsTestClient()
    const issued: TestCredentials[] = []
    for (let i = 0; i < 260; i++) issued.push(credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: `s${i}` })))
    const resolver = credentialResolver(demoWorld, sts.engine.sessionKey)
    const names = (round: number) =>
      issued.map((c) => {
        const r = resolver.resolve(c.accessKeyId, c.sessionToken)
        if (!r.ok) throw new Error(`round ${round}: ${r.detail}`)
        return r.principal.kind === 'assumed-role' ? r.principal.sessionName : r.principal.kind
      })
    const expected = issued.map((_, i) => `s${i}`)
    expect(names(1)).toEqual(expected)
    expect(names(2)).toEqual(expected)
  })
})
