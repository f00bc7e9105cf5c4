// The baseline of the serve:sts throughput benchmark (bench/serve-throughput.ts): a bare node:http
// server on 127.0.0.1 that reads each request's body and answers a fixed XML body of the size and
// shape of serve:sts's GetCallerIdentity answer, with the same headers. No parsing, no signing, no
// engine: the most a Node HTTP server can do on this machine, for the ratio.
//
// With WORK_US, the same server first keeps the CPU busy for that many microseconds per request: a
// calibration, showing what a fixed amount of per-request work (and nothing else) costs in the ratio
// under the same load generator.
//
//   tsx bench/bare-http-server.ts [PORT] [WORK_US]     prints "listening: http://127.0.0.1:PORT" (PORT 0 = any free port)
import { createServer } from 'node:http'

const WORK_NS = BigInt(Math.round(Number(process.argv[3] ?? 0) * 1000))

function busyWork(): void {
  if (WORK_NS === 0n) return
  const until = process.hrtime.bigint() + WORK_NS
  while (process.hrtime.bigint() < until);
}

const BODY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::111111111111:user/alice</Arn>
    <UserId>AIDARTXV5AHDSALICE7QZ</UserId>
    <Account>111111111111</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>3f0c8a2e-5d1b-4c6e-9a7f-2b8d4e6f1a3c</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>
`
const LENGTH = Buffer.byteLength(BODY)

const server = createServer((request, reply) => {
  request.resume()
  request.on('end', () => {
    busyWork()
    reply.writeHead(200, { 'x-amzn-RequestId': '3f0c8a2e-5d1b-4c6e-9a7f-2b8d4e6f1a3c', 'Content-Type': 'text/xml', 'Content-Length': LENGTH })
    reply.end(BODY)
  })
})

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening: http://127.0.0.1:${typeof address === 'object' && address ? address.port : '?'}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
