import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsHashing } from '../engine/index.ts'
import { nodeDeps, nodeHashing } from './node-deps.ts'

describe('nodeHashing', () => {
  it('gives the same SHA-256 and HMAC-SHA256 as the engine’s pure-JS hashing (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array()), fc.oneof(fc.string(), fc.uint8Array({ minLength: 1, maxLength: 80 })), fc.string(), (data, key, message) => {
        expect(Buffer.from(nodeHashing.sha256(data))).toEqual(Buffer.from(jsHashing.sha256(data)))
        expect(Buffer.from(nodeHashing.hmacSha256(key, message))).toEqual(Buffer.from(jsHashing.hmacSha256(key, message)))
        const bytes = new TextEncoder().encode(message)
        expect(Buffer.from(nodeHashing.hmacSha256(key, bytes))).toEqual(Buffer.from(jsHashing.hmacSha256(key, message)))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same digests in hex through its one-shot hex forms (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.uint8Array({ minLength: 1, maxLength: 80 }), fc.string({ unit: 'grapheme' }), (data, key, message) => {
        expect(nodeHashing.sha256Hex?.(data)).toBe(Buffer.from(jsHashing.sha256(data)).toString('hex'))
        expect(nodeHashing.hmacSha256Hex?.(key, message)).toBe(Buffer.from(jsHashing.hmacSha256(key, message)).toString('hex'))
      }),
      { numRuns: 300 },
    )
  })
})

describe('nodeDeps().randomBytes', () => {
  it('hands out fresh bytes of the asked length, never the same block twice', () => {
    const deps = nodeDeps()
    const seen = new Set<string>()
    for (let i = 0; i < 600; i++) {
      const bytes = deps.randomBytes(16)
      expect(bytes.length).toBe(16)
      seen.add(Buffer.from(bytes).toString('hex'))
    }
    expect(seen.size).toBe(600)
    expect(deps.randomBytes(10_000).length).toBe(10_000)
  })
})
