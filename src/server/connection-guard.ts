import type { Socket } from 'node:net'

/** How the guard closes a connection it sheds; by default the socket is destroyed. */
export type Shed = () => void

interface Tracked {
  /** When it began to wait (a tick of the guard's clock): connected, answered, or had its request's headers in. */
  since: number
  /** Body bytes this connection's request holds in memory now. */
  held: number
  /** Its requests in the engine or being answered; while above 0 it is never shed. */
  busy: number
  /** Set while a request body is being read: answers that request (503) and closes the connection. */
  shed: Shed | undefined
}

export interface GuardCounts {
  connections: number
  heldBytes: number
  /** Connections closed to make room (for a connection or for body memory). */
  shed: number
  /** Connections refused because every open one had a request in the engine. */
  refused: number
}

/**
 * Keeps serve:sts within its connection cap and its memory for request bodies, shedding the
 * connection that has waited longest first: the one whose request body has been on its way longest
 * (counted from the end of its headers), or that has sat idle (or sent part of its headers) longest
 * since it connected or had its last answer. A slowloris-style client, which holds its connection
 * open by sending slowly, is always among the oldest waiting, so it goes before a client that sends
 * its request at once. Connections whose request is in the engine are never shed.
 *
 * The per-request work is a few counters; finding the oldest is a walk over the connections, done
 * only when something must be shed.
 */
export class ConnectionGuard {
  private readonly tracked = new Map<Socket, Tracked>()
  private clock = 0
  private heldBytes = 0
  private shedCount = 0
  private refusedCount = 0

  constructor(
    private readonly maxConnections: number,
    private readonly bodyMemoryBytes: number,
  ) {}

  /** For the server's 'connection' event: takes the socket in, making room or refusing it at the cap. */
  readonly admit = (socket: Socket): void => {
    if (this.tracked.size >= this.maxConnections && !this.shedOldest(false)) {
      this.refusedCount++
      socket.destroy()
      return
    }
    this.tracked.set(socket, { since: ++this.clock, held: 0, busy: 0, shed: undefined })
    socket.on('close', () => this.forget(socket))
  }

  /**
   * A request's headers are in and its body is being read: `shed` is how to close this connection if
   * it must make room. The connection waits from now: a request is as old as its body's wait, so a
   * keep-alive connection that was idle for a while and then sends a whole request is the newest,
   * not the oldest.
   */
  reading(socket: Socket, shed: Shed): void {
    const entry = this.tracked.get(socket)
    if (!entry) return
    entry.shed = shed
    entry.since = ++this.clock
  }

  /** Counts `bytes` more held by this connection's body, shedding the longest waiting bodies while over the budget. */
  hold(socket: Socket, bytes: number): void {
    const entry = this.tracked.get(socket)
    if (!entry) return
    entry.held += bytes
    this.heldBytes += bytes
    while (this.heldBytes > this.bodyMemoryBytes && this.shedOldest(true)) {
      // each turn frees one connection's body
    }
  }

  /** The connection's body is no longer held (handed to the engine as text, or dropped). */
  releaseBody(socket: Socket): void {
    const entry = this.tracked.get(socket)
    if (!entry) return
    this.heldBytes -= entry.held
    entry.held = 0
    entry.shed = undefined
  }

  /** A request of this connection went to the engine. */
  busy(socket: Socket): void {
    const entry = this.tracked.get(socket)
    if (entry) entry.busy++
  }

  /** A request of this connection was answered; with none left in the engine it waits again, from now. */
  answered(socket: Socket): void {
    const entry = this.tracked.get(socket)
    if (!entry || --entry.busy > 0) return
    entry.busy = 0
    entry.since = ++this.clock
  }

  counts(): GuardCounts {
    return { connections: this.tracked.size, heldBytes: this.heldBytes, shed: this.shedCount, refused: this.refusedCount }
  }

  /** Sheds the connection waiting longest (holding body bytes, if `holding`); false if there is none. */
  private shedOldest(holding: boolean): boolean {
    let oldest: Socket | undefined
    let oldestSince = Infinity
    for (const [socket, entry] of this.tracked) {
      if (entry.busy === 0 && entry.since < oldestSince && (!holding || entry.held > 0)) {
        oldest = socket
        oldestSince = entry.since
      }
    }
    if (oldest === undefined) return false
    const shed = this.tracked.get(oldest)?.shed
    this.forget(oldest)
    this.shedCount++
    if (shed) shed()
    else oldest.destroy()
    return true
  }

  private forget(socket: Socket): void {
    const entry = this.tracked.get(socket)
    if (!entry) return
    this.heldBytes -= entry.held
    this.tracked.delete(socket)
  }
}
