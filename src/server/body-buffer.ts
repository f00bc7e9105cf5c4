/**
 * A request body being received, kept in one buffer that doubles as it fills, so a client that sends
 * its body a few bytes at a time costs its bytes and no more (an array of its chunks would cost a
 * Buffer object and a separate allocation for each of them). A body that arrives in one chunk, as
 * nearly every one does, is kept as it is, without a copy.
 */
export class BodyBuffer {
  private buffer: Buffer | undefined
  private length = 0

  /** `limit`: the most bytes the body may have (the buffer never grows past it). */
  constructor(private readonly limit: number) {}

  /** Bytes of memory the body holds now: what its memory budget is charged. */
  get retained(): number {
    return this.buffer?.length ?? 0
  }

  get size(): number {
    return this.length
  }

  append(chunk: Buffer): void {
    const needed = this.length + chunk.length
    if (this.buffer === undefined) {
      this.buffer = chunk
    } else {
      if (needed > this.buffer.length) this.grow(needed)
      chunk.copy(this.buffer, this.length)
    }
    this.length = needed
  }

  text(): string {
    return this.buffer?.toString('utf8', 0, this.length) ?? ''
  }

  private grow(needed: number): void {
    // The first chunk is someone else's buffer (a slice of a socket read): it is copied out on the
    // second. allocUnsafeSlow, not allocUnsafe: no slab of Node's shared pool is kept alive by it.
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, Math.min(this.limit, Math.max(2 * this.length, 16 * 1024))))
    this.buffer?.copy(grown, 0, 0, this.length)
    this.buffer = grown
  }
}
