import type { Hashing } from '../auth/hashing.ts'
import { fixedDeps, type WebCrypto } from '../deps.ts'
import { createEngine } from '../engine.ts'
import type { World } from '../world/world-schema.ts'
import type { ComparisonPicks, ComparisonRow, ComparisonSubjects, ComparisonTable } from './comparison-types.ts'
import { ExperimentRunner } from './experiment-runner.ts'
import { issueCallers } from './issue-callers.ts'
import { federationTokenRow, sessionTokenRow } from './long-term-rows.ts'
import { assumeRootRow, webIdentityTokenRow } from './newer-rows.ts'
import type { RowContext } from './row-context.ts'
import { assumeRoleRow, federationSignIns, samlRow, webIdentityRow } from './role-rows.ts'
import { resolveSubjects } from './subjects.ts'

export interface CompareInput {
  world: World
  /** The session key of the engine whose wallet will hold the issued credentials (so evidence can be replayed). */
  sessionKey: Uint8Array
  /** The engine clock, epoch ms: every experiment is sent at this instant (to the second). */
  nowMs: number
  /** For AssumeRoleWithSAML (XML signatures) and the simulated IdPs. */
  webCrypto?: WebCrypto
  picks?: ComparisonPicks
  /** Native hashing for SigV4 and session tokens, where the host has it (as EngineDeps.hashing). */
  hashing?: Hashing
}

/**
 * The "Comparing your API options" table of the IAM User Guide ("Compare AWS STS credentials"),
 * computed by sending requests to an engine on `world` at one instant: who may call each
 * operation, how long its credentials last, whether it takes MFA and session policies, and what
 * the credentials may call afterwards. Every fact names the experiments that showed it.
 */
export async function compareApiOptions(input: CompareInput): Promise<ComparisonTable> {
  const nowMs = Math.floor(input.nowMs / 1000) * 1000
  // Seeded randomness: the same world, key and instant give the same table, ids and all.
  const { randomBytes } = fixedDeps(nowMs)
  const deps = { now: () => nowMs, randomBytes, ...(input.webCrypto ? { webCrypto: input.webCrypto } : {}), ...(input.hashing ? { hashing: input.hashing } : {}) }
  const runner = new ExperimentRunner(() => createEngine({ world: input.world, deps, sessionKey: input.sessionKey }), nowMs, input.hashing)
  const subjects = resolveSubjects(input.world, input.picks)
  const signIns = federationSignIns({ world: input.world, subjects, ...(input.webCrypto ? { webCrypto: input.webCrypto } : {}) }, nowMs)
  const issued = await issueCallers(runner, input.world, subjects)
  const context: RowContext = {
    runner,
    world: input.world,
    subjects,
    issued,
    followUps: {
      ...(issued.role ? { roleArn: issued.role.arn } : {}),
      ...(subjects.user?.user.accessKeys[0] ? { accessKeyId: subjects.user.user.accessKeys[0].accessKeyId } : {}),
      targetAccount: subjects.user?.user.account ?? input.world.accounts[0]?.id ?? '111111111111',
    },
    ...(input.webCrypto ? { webCrypto: input.webCrypto } : {}),
    signIns,
  }
  const rows: ComparisonRow[] = []
  for (const build of [assumeRoleRow, samlRow, webIdentityRow, federationTokenRow, sessionTokenRow, assumeRootRow, webIdentityTokenRow]) {
    const row = await build(context)
    if (row) rows.push(row)
  }
  return { subjects: namedSubjects(subjects, issued.role ?? issued.roleRefused), rows, experiments: runner.experiments, computedAt: nowMs }
}

function namedSubjects(subjects: ReturnType<typeof resolveSubjects>, role: { arn: string; name: string } | undefined): ComparisonSubjects {
  const user = subjects.user
  const key = user?.user.accessKeys[0]
  const serial = user?.user.mfaDevices[0]?.serialNumber
  return {
    ...(user && key ? { user: { arn: user.arn, name: user.user.name, accessKeyId: key.accessKeyId, ...(serial ? { mfaSerial: serial } : {}) } } : {}),
    ...(subjects.root ? { root: { arn: subjects.root.arn, account: subjects.root.account, accessKeyId: subjects.root.accessKeyId } } : {}),
    ...(role ? { role: { arn: role.arn, name: role.name } } : {}),
    ...(subjects.saml ? { saml: subjects.saml } : {}),
    ...(subjects.webIdentity ? { webIdentity: subjects.webIdentity } : {}),
  }
}
