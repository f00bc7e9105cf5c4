// Issue [7], problem 5: a 1.3 MB share link inflated to about 1 GB and left a blank page for 32 s.
import { describe, expect, it } from 'vitest'
import { decodeScenario, inflateBounded } from './share-link.ts'
import { SHARE_JSON_MAX_BYTES, SHARE_LINK_MAX_CHARS } from './state-limits.ts'

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(output).arrayBuffer())
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')

describe('share links are bounded before they are parsed', () => {
  it('refuses a link longer than the limit without decoding it', async () => {
    const decoded = await decodeScenario(`1.${'A'.repeat(1_300_000)}`)
    expect(decoded).toEqual({ ok: false, reason: 'the link is 1.2 MiB long; this playground opens links up to 256 KiB' })
    expect(SHARE_LINK_MAX_CHARS).toBe(256 * 1024)
  })

  it('stops inflating a deflate bomb at the limit', async () => {
    // 64 MiB of spaces deflates to about 64 KiB: small enough to pass the length check.
    const bomb = await deflate(new Uint8Array(64 * 1024 * 1024).fill(0x20))
    expect(base64url(bomb).length).toBeLessThan(SHARE_LINK_MAX_CHARS)
    expect(await inflateBounded(bomb, SHARE_JSON_MAX_BYTES)).toBe('too-large')
    expect(await decodeScenario(`1.${base64url(bomb)}`)).toEqual({ ok: false, reason: "the link's scenario is larger than 2.0 MiB once unpacked; this playground does not open it" })
  })

  it('inflates a scenario up to the limit exactly', async () => {
    const bytes = new Uint8Array(SHARE_JSON_MAX_BYTES).fill(0x20)
    const inflated = await inflateBounded(await deflate(bytes), SHARE_JSON_MAX_BYTES)
    expect(inflated === 'too-large' ? -1 : inflated.byteLength).toBe(SHARE_JSON_MAX_BYTES)
  })

  it.each([
    ['a clock 10^300 ms ahead', { clockOffsetMs: 1e300 }],
    ['a clock past the 100-year range', { clockOffsetMs: 3.2e12 }],
    ['a draft that is not a draft', { draft: { callerId: 1 } }],
  ])('refuses %s with a reason', async (_name, change) => {
    const payload = { draft: { callerId: '', operation: 'GetCallerIdentity', fields: {} }, endpoint: 'global', clockOffsetMs: 0, ...change }
    const text = `1.${base64url(await deflate(new TextEncoder().encode(JSON.stringify(payload))))}`
    expect((await decodeScenario(text)).ok).toBe(false)
  })
})
