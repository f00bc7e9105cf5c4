// Placeholder entry point, filled in by the commits that follow ("Compare engine: …").
import type { WebCrypto } from '../deps.ts'
import type { World } from '../world/world-schema.ts'
import type { ComparisonPicks, ComparisonTable } from './comparison-types.ts'

export interface CompareInput {
  world: World
  /** The session key of the engine whose wallet will hold the issued credentials (so evidence can be replayed). */
  sessionKey: Uint8Array
  /** The engine clock, epoch ms: every experiment is sent at this instant. */
  nowMs: number
  /** For AssumeRoleWithSAML (XML signatures) and the simulated IdPs. */
  webCrypto?: WebCrypto
  picks?: ComparisonPicks
}

export function compareApiOptions(input: CompareInput): Promise<ComparisonTable> {
  return Promise.resolve({ subjects: {}, rows: [], experiments: {}, computedAt: input.nowMs })
}
