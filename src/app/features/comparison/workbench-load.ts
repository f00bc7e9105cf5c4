// An STS experiment as the workbench can send it again: its operation and parameters in the form, the
// caller that signed it (a world key by its access key id, or issued credentials put in the wallet),
// the endpoint it went to, and a fresh MFA code where the experiment's right code has gone stale.
import { GLOBAL_ENDPOINT, isRegionName, stsEndpointHost } from '../../engine/endpoints.ts'
import type { ComparisonTable, EndpointChoice, StsExperiment, World } from '../../engine/types.ts'
import { authenticatorCode } from '../../engine/world-model.ts'
import { ANONYMOUS, longTermCallerIds } from '../../state/callers.ts'
import { draftFieldsFromPairs } from '../../state/draft-from-pairs.ts'
import type { PlaygroundAction } from '../../state/playground-state.ts'
import type { WalletEntry } from '../../state/wallet.ts'

export type LoadRequestAction = Extract<PlaygroundAction, { type: 'load-request' }>

export interface WorkbenchLoad {
  action: LoadRequestAction
  /** What differs from the experiment as sent, one sentence each (none when it is sent as it was). */
  notes: string[]
  /** The TokenCode was replaced by the device's current code (an expected difference, not a problem). */
  freshCode?: string
}

function endpointOf(experiment: Pick<StsExperiment, 'host' | 'region'>): EndpointChoice {
  if (isRegionName(experiment.region) && stsEndpointHost(experiment.region) === experiment.host) return experiment.region
  return GLOBAL_ENDPOINT
}

function accountOf(arn: string | undefined): string {
  return arn?.split(':')[4] ?? ''
}

/** The wallet entry for credentials an earlier experiment issued, as the workbench's Send would have kept them. */
export function issuedEntry(table: ComparisonTable, experiment: StsExperiment): WalletEntry | undefined {
  const { credentials, issuedBy } = experiment.caller
  if (credentials?.sessionToken === undefined) return undefined
  const issuing = issuedBy === undefined ? undefined : table.experiments[issuedBy]
  const issued = issuing?.kind === 'sts' && issuing.result.issued?.accessKeyId === credentials.accessKeyId ? issuing.result.issued : undefined
  const expiration = issued?.expiration ?? credentials.expiration ?? new Date(experiment.sentAt).toISOString()
  return {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    expiration,
    arn: issued?.arn ?? credentials.arn ?? '',
    account: issued?.account ?? accountOf(credentials.arn),
    issuedBy: issuing?.kind === 'sts' ? issuing.operation : 'Compare',
    issuedAt: issuing?.sentAt ?? experiment.sentAt,
    expiresAt: Date.parse(expiration),
    exchangeId: '',
  }
}

/** The seed of the world's virtual MFA device with this serial number. */
function deviceSeed(world: World, serialNumber: string | undefined): string | undefined {
  if (serialNumber === undefined) return undefined
  return world.users.flatMap((user) => user.mfaDevices).find((device) => device.serialNumber === serialNumber)?.seedBase32
}

/**
 * A TokenCode that was right when the experiment was sent is replaced by the device's code at
 * `nowMs` (codes last 30 s); a wrong one, sent to show it is refused, stays as it was.
 */
async function freshTokenCode(world: World, experiment: StsExperiment, fields: Record<string, string>, nowMs: number): Promise<string | undefined> {
  const sent = fields.TokenCode
  const seed = deviceSeed(world, fields.SerialNumber)
  if (sent === undefined || seed === undefined) return undefined
  if ((await authenticatorCode(seed, experiment.sentAt)) !== sent) return undefined
  const now = await authenticatorCode(seed, nowMs)
  return now === sent ? undefined : now
}

export async function workbenchLoad(world: World, table: ComparisonTable, experiment: StsExperiment, nowMs: number): Promise<WorkbenchLoad> {
  const { fields, notes } = draftFieldsFromPairs(experiment.operation, experiment.parameters)
  const code = await freshTokenCode(world, experiment, fields, nowMs)
  if (code !== undefined) fields.TokenCode = code
  const fresh = code === undefined ? {} : { freshCode: code }
  const endpoint = endpointOf(experiment)
  const credentials = experiment.caller.credentials
  const base = { type: 'load-request', operation: experiment.operation, fields, endpoint } as const
  if (credentials === undefined) return { action: { ...base, callerId: ANONYMOUS }, notes, ...fresh }
  if (longTermCallerIds(world).has(credentials.accessKeyId)) return { action: { ...base, callerId: credentials.accessKeyId }, notes, ...fresh }
  const entry = issuedEntry(table, experiment)
  if (entry === undefined) {
    notes.push(`The experiment was signed with ${credentials.accessKeyId}, which is neither a key of this world nor credentials an experiment issued: it is loaded unsigned.`)
    return { action: { ...base, callerId: ANONYMOUS }, notes, ...fresh }
  }
  if (entry.expiresAt <= nowMs) notes.push(`The credentials that signed it expired at ${entry.expiration}: sending now shows how STS refuses expired credentials.`)
  return { action: { ...base, callerId: entry.accessKeyId, credentials: entry }, notes, ...fresh }
}
