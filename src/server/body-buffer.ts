import { StringDecoder } from 'node:string_decoder'
import { BODY_BLOCK_BYTES, type BodyPool } from './body-pool.ts'

/**
 * A request body being received, copied into blocks of a BodyPool as it arrives. A client that sends
 * its body a few bytes at a time costs its bytes rounded up to a block, and no more (keeping its
 * chunks as they came would cost a Buffer object and a separate allocation for each).
 */
export class BodyBuffer {
  private readonly blocks: Buffer[] = []
  private length = 0

  constructor(private readonly pool: BodyPool) {}

  get size(): number {
    return this.length
  }

  /** How many more blocks `bytes` more would take. */
  blocksFor(bytes: number): number {
    return Math.ceil(Math.max(0, this.length + bytes - this.blocks.length * BODY_BLOCK_BYTES) / BODY_BLOCK_BYTES)
  }

  append(chunk: Buffer): void {
    let from = 0
    while (from < chunk.length) {
      if (this.length === this.blocks.length * BODY_BLOCK_BYTES) this.blocks.push(this.pool.take())
      const block = this.blocks[this.blocks.length - 1] as Buffer
      const at = this.length - (this.blocks.length - 1) * BODY_BLOCK_BYTES
      const copied = chunk.copy(block, at, from, Math.min(chunk.length, from + BODY_BLOCK_BYTES - at))
      from += copied
      this.length += copied
    }
  }

  /** The body as UTF-8 text (a character split between two blocks is decoded whole). */
  text(): string {
    if (this.blocks.length <= 1) return this.blocks[0]?.toString('utf8', 0, this.length) ?? ''
    const decoder = new StringDecoder('utf8')
    let text = ''
    this.blocks.forEach((block, i) => (text += decoder.write(block.subarray(0, Math.min(BODY_BLOCK_BYTES, this.length - i * BODY_BLOCK_BYTES)))))
    return text + decoder.end()
  }

  /** Gives the blocks back to the pool; the body is empty afterwards. */
  release(): void {
    for (const block of this.blocks) this.pool.give(block)
    this.blocks.length = 0
    this.length = 0
  }
}
