/**
 * The memory request bodies are received into: one region of `bytes`, taken from the system once (on
 * first use) and cut into blocks of BODY_BLOCK_BYTES that bodies take and give back. Bodies that come
 * and go, fast or slow, reuse the same pages instead of allocating and freeing buffers of every size,
 * so what the endpoint's memory grows by for bodies is the region at most, and an attack leaves no
 * scattered free memory behind that the C allocator cannot return to the system. The ConnectionGuard
 * keeps the blocks in use within the region; without one (a bare listener in a test), a body that
 * finds the region full gets a block of its own.
 */
export class BodyPool {
  private memory: Buffer | undefined
  private readonly free: number[] = []
  private unused = 0

  constructor(readonly bytes: number) {}

  /** A block: from the region while it lasts, else a separate allocation. */
  take(): Buffer {
    if (this.memory === undefined) {
      this.memory = Buffer.allocUnsafeSlow(Math.floor(this.bytes / BODY_BLOCK_BYTES) * BODY_BLOCK_BYTES)
      this.unused = this.memory.length / BODY_BLOCK_BYTES
    }
    const index = this.free.pop() ?? (this.unused > 0 ? this.memory.length / BODY_BLOCK_BYTES - this.unused-- : undefined)
    if (index === undefined) return Buffer.allocUnsafeSlow(BODY_BLOCK_BYTES)
    return this.memory.subarray(index * BODY_BLOCK_BYTES, (index + 1) * BODY_BLOCK_BYTES)
  }

  give(block: Buffer): void {
    if (this.memory !== undefined && block.buffer === this.memory.buffer) this.free.push((block.byteOffset - this.memory.byteOffset) / BODY_BLOCK_BYTES)
  }
}

/** 16 KiB: a typical request body fits one; a 1 MiB body takes 64. */
export const BODY_BLOCK_BYTES = 16 * 1024
