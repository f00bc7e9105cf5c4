// Soak part (b): `clients` keep-alive connections, each sending well-formed requests one after the
// other for `seconds` (GetCallerIdentity as three principals, AssumeRole, GetSessionToken, and an
// unsigned request that must get the AWS error). Reports throughput and latency; every answer is
// checked for its status and content.
import { Agent } from 'node:http'
import { percentileOf, timedRequest, wellFormedRequests } from './soak-http.ts'
import { seededRandom } from './soak-random.ts'

export interface LoadResult {
  clients: number
  seconds: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** Answers without the expected status or content, and requests that got no answer. */
  wrong: number
  failed: number
  firstProblem?: string
}

export async function runLoad(port: number, clients: number, seconds: number, seed: number): Promise<LoadResult> {
  const choices = (await wellFormedRequests(port)).map(({ weight, request }) => [weight, request] as const)
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const latencies: number[] = []
  let wrong = 0
  let failed = 0
  let firstProblem: string | undefined
  const started = performance.now()
  const end = started + seconds * 1000
  const client = async (index: number) => {
    const random = seededRandom(seed + index)
    while (performance.now() < end) {
      const chosen = random.weighted(choices)
      try {
        const answer = await timedRequest(port, chosen.request, agent)
        latencies.push(answer.ms)
        if (answer.status !== chosen.status || !answer.body.includes(chosen.includes)) {
          wrong++
          firstProblem ??= `${chosen.name}: HTTP ${answer.status} ${answer.body.slice(0, 300)}`
        }
      } catch (error) {
        failed++
        firstProblem ??= `${chosen.name}: ${(error as Error).message}`
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return {
    clients,
    seconds: elapsed,
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentileOf(latencies, 0.5),
    p99Ms: percentileOf(latencies, 0.99),
    maxMs: Math.max(...latencies),
    wrong,
    failed,
    ...(firstProblem ? { firstProblem } : {}),
  }
}
