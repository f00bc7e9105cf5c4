// Test helper: a plain TCP connection to the endpoint, for clients no HTTP library would be: one
// that sends half its headers, a body that never ends, or nothing at all.
import { connect, type Socket } from 'node:net'

export interface RawConnection {
  socket: Socket
  /** Writes, and resolves once the bytes are with the operating system; rejects if the connection fails first. */
  write(data: string | Buffer): Promise<void>
  /** Everything the server has sent so far. */
  received(): string
  /** Resolves when the connection is closed (by either side, or reset), with everything the server sent. */
  closed: Promise<string>
}

/** Connects to 127.0.0.1:`port` and resolves once connected. */
export function openConnection(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
    // A reset is one of the ways a connection ends here; `closed` reports it.
    socket.on('error', () => {})
    const closed = new Promise<string>((done) => socket.once('close', () => done(text)))
    socket.once('connect', () =>
      resolve({
        socket,
        write: (data) => new Promise<void>((done, fail) => socket.write(data, (error) => (error ? fail(error) : done()))),
        received: () => text,
        closed,
      }),
    )
    socket.once('error', reject)
  })
}

/** The start of a POST whose body is `contentLength` bytes long, up to the end of its headers. */
export function postHeaders(contentLength: number): string {
  return `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${contentLength}\r\n\r\n`
}

/** The status line's code of an HTTP response, or undefined when nothing (or no status line) came back. */
export function statusOf(response: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(response)
  return match ? Number(match[1]) : undefined
}
