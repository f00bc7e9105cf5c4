import { describe, expect, it } from 'vitest'
import { BodyBuffer } from './body-buffer.ts'
import { BODY_BLOCK_BYTES, BodyPool } from './body-pool.ts'

describe('BodyBuffer in a BodyPool', () => {
  it('keeps a body that spans blocks, and decodes a character split between two of them', () => {
    const pool = new BodyPool(4 * BODY_BLOCK_BYTES)
    const body = new BodyBuffer(pool)
    const text = `${'a'.repeat(BODY_BLOCK_BYTES - 1)}é${'b'.repeat(BODY_BLOCK_BYTES)}`
    const bytes = Buffer.from(text)
    // Arriving a byte at a time for the first 20, then the rest at once.
    for (let i = 0; i < 20; i++) body.append(bytes.subarray(i, i + 1))
    expect(body.blocksFor(bytes.length - 20)).toBe(2)
    body.append(bytes.subarray(20))
    expect(body.size).toBe(bytes.length)
    expect(body.text()).toBe(text)
  })

  it('gives its blocks back, and the next body gets the same memory', () => {
    const pool = new BodyPool(2 * BODY_BLOCK_BYTES)
    const first = new BodyBuffer(pool)
    first.append(Buffer.from('first'))
    const taken = pool.take()
    pool.give(taken)
    first.release()
    expect(first.size).toBe(0)
    const second = new BodyBuffer(pool)
    second.append(Buffer.from('second'))
    expect(second.text()).toBe('second')
    // Both blocks are free again and come from the one region.
    second.release()
    const a = pool.take()
    const b = pool.take()
    expect(a.buffer).toBe(b.buffer)
    expect(a.buffer).toBe(taken.buffer)
  })

  it('a body that finds the region full gets a block of its own (only without a guard)', () => {
    const pool = new BodyPool(BODY_BLOCK_BYTES)
    const inRegion = pool.take()
    const extra = pool.take()
    expect(extra.buffer).not.toBe(inRegion.buffer)
    expect(extra.length).toBe(BODY_BLOCK_BYTES)
    pool.give(extra)
    pool.give(inRegion)
    expect(pool.take().buffer).toBe(inRegion.buffer)
  })
})
