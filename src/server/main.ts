import { createEngine } from '../engine/index.ts'
import { parseServeArgs, USAGE } from './cli-args.ts'
import { createStsServer } from './create-sts-server.ts'
import { loadWorld } from './load-world.ts'
import { nodeDeps } from './node-deps.ts'

const args = parseServeArgs(process.argv.slice(2))
if (args.kind === 'help') {
  console.log(USAGE)
  process.exit(0)
}
if (args.kind === 'error') {
  console.error(`serve:sts: ${args.message}\n\n${USAGE}`)
  process.exit(2)
}
const { options } = args
const loaded = loadWorld(options.worldFile)
if (!loaded.ok) {
  console.error(`serve:sts: ${loaded.message}`)
  process.exit(1)
}

// The wall clock, the system's random source and native hashing: the real service in real time.
const engine = createEngine({ world: loaded.world, deps: nodeDeps() })

const server = createStsServer(engine, { limits: options.limits })

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `serve:sts: port ${options.port} is in use; choose another with --port N`
      : `serve:sts: cannot listen on ${options.host}:${options.port}: ${error.message}`,
  )
  process.exit(1)
})

server.listen(options.port, options.host, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  console.log(`STS endpoint: http://${options.host}:${port}`)
  console.log(`World: ${loaded.world.name} (${options.worldFile ?? 'bundled demo world'})`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
