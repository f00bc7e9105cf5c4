import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/index.ts'
import { createEngineClient } from './engine-client.ts'
import { createEngineHost } from './engine-host.ts'
import { inlineTransport } from './inline-transport.ts'

const ALICE = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }
const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)))
const T0 = Date.UTC(2026, 0, 1, 12)

function target(body: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined = ALICE) {
  return { credentials, body, host: 'sts.amazonaws.com', region: 'us-east-1' }
}

function hostAt(ms: number) {
  let n = 0
  return createEngineHost({ wallNow: () => ms, randomBytes: (length) => new Uint8Array(length).map(() => n++ & 0xff), webCrypto: crypto })
}

describe(createEngineClient, () => {
  it('signs on the engine clock (wall clock plus the offset) and answers with structured results', async () => {
    const client = createEngineClient(inlineTransport(hostAt(T0)), demoWorld, KEY)
    const { request, result, sentAt } = await client.send(target('Action=GetCallerIdentity&Version=2011-06-15'), 3_600_000)
    expect(sentAt).toBe(T0 + 3_600_000)
    expect(request.headers['x-amz-date']).toBe('20260101T130000Z')
    expect(result.response.status).toBe(200)
    expect(result.checks.length).toBeGreaterThan(0)
  })

  it('keeps issued credentials valid after close and reopen (same session key), as React StrictMode does', async () => {
    const transport = inlineTransport(hostAt(T0))
    const client = createEngineClient(transport, demoWorld, KEY)
    const { result } = await client.send(target('Action=GetSessionToken&Version=2011-06-15'), 0)
    const issued = result.issued
    expect(issued?.accessKeyId).toMatch(/^ASIA/)
    client.close()
    const again = await client.send(target('Action=GetCallerIdentity&Version=2011-06-15', issued), 0)
    expect(again.result.response.status).toBe(200)
    expect(again.result.response.body).toContain('<Arn>arn:aws:iam::111111111111:user/alice</Arn>')
  })

  it('two clients on one host have engines of their own: another session key does not accept the first one’s tokens', async () => {
    const transport = inlineTransport(hostAt(T0))
    const first = createEngineClient(transport, demoWorld, KEY)
    const second = createEngineClient(transport, demoWorld, btoa(String.fromCharCode(...new Uint8Array(32).fill(9))))
    const issued = (await first.send(target('Action=GetSessionToken&Version=2011-06-15'), 0)).result.issued
    const refused = await second.send(target('Action=GetCallerIdentity&Version=2011-06-15', issued), 0)
    expect(refused.result.response.status).toBe(403)
  })

  it('computes the comparison table in the host, on the engine clock, for the client’s world', async () => {
    const client = createEngineClient(inlineTransport(hostAt(T0)), demoWorld, KEY)
    const table = await client.compare({}, 60_000)
    expect(table.computedAt).toBe(T0 + 60_000)
  })

  it('computes the intersection grid, its trace and the overview in the host, with credentials the host issued', async () => {
    const client = createEngineClient(inlineTransport(hostAt(T0)), demoWorld, KEY)
    const issued = (await client.send(target('Action=GetSessionToken&Version=2011-06-15'), 0)).result.issued
    if (!issued) throw new Error('no credentials issued')
    const subject = { kind: 'credentials' as const, accessKeyId: issued.accessKeyId, sessionToken: issued.sessionToken }
    const request = { subject, actions: { kind: 'list' as const, actions: ['s3:GetObject'] } }
    const grid = await client.intersectionGrid(request, 0)
    expect(grid.ok && grid.rows.map((row) => row.cells.at(-1)?.verdict)).toEqual(['allow'])
    const trace = await client.gridTrace(request, 0)
    expect(trace.ok && trace.decision.result).toBe('Allow')
    const overview = await client.intersectionOverview({ subject, accessLevels: ['List'] }, 0)
    expect(overview.ok && overview.totals.survive).toBeGreaterThan(0)
  })

  it('a failing call rejects with the host’s reason instead of throwing in the host', async () => {
    const transport = inlineTransport(hostAt(T0))
    await expect(transport.call('send', 'never-opened', target('Action=GetCallerIdentity&Version=2011-06-15'), 0)).rejects.toThrow('No engine is open for client never-opened.')
  })

  it('previews a request as Send would sign it, with the SigV4 steps; unsigned for anonymous', async () => {
    const client = createEngineClient(inlineTransport(hostAt(T0)), demoWorld, KEY)
    const signed = await client.preview(target('Action=GetCallerIdentity&Version=2011-06-15'), T0)
    expect(signed.request.headers.authorization).toContain('Credential=AKIARTXV5AHDSAGTTNG7/20260101/us-east-1/sts/aws4_request')
    expect(signed.signing?.expectedSignature).toBe(signed.signing?.providedSignature)
    const unsigned = await client.preview({ ...target('Action=AssumeRoleWithWebIdentity&Version=2011-06-15'), credentials: undefined }, T0)
    expect(unsigned.signing).toBeUndefined()
    expect(unsigned.request.headers.authorization).toBeUndefined()
  })
})
