import { describe, expect, it } from 'vitest'
import { authenticatorCode, demoWorld } from '../../../engine/index.ts'
import { experiments, fixtureTable, T0 } from './comparison-fixture.test-data.ts'
import { workbenchLoad } from './workbench-load.ts'
import type { StsExperiment } from '../../engine/types.ts'

const alice = demoWorld.users.find((user) => user.name === 'alice')!
const device = alice.mfaDevices[0]!

function withMfa(code: string): StsExperiment {
  const base = experiments.gftMax
  return {
    ...base,
    id: 'GetSessionToken.mfa',
    operation: 'GetSessionToken',
    parameters: [['Action', 'GetSessionToken'], ['Version', '2011-06-15'], ['SerialNumber', device.serialNumber], ['TokenCode', code]],
  }
}

describe(workbenchLoad, () => {
  it('selects a world key by its access key id and fills the operation’s fields and endpoint', async () => {
    const load = await workbenchLoad(demoWorld, fixtureTable, experiments.gftMax, T0)
    expect(load.action).toEqual({ type: 'load-request', callerId: 'AKIARTXV5AHDSAGTTNG7', operation: 'GetFederationToken', fields: { Name: 'Bob', DurationSeconds: '129600' }, endpoint: 'global' })
    expect(load.notes).toEqual([])
  })

  it('puts credentials an earlier experiment issued into the wallet, as the issuing operation’s', async () => {
    const load = await workbenchLoad(demoWorld, fixtureTable, experiments.chained, T0)
    expect(load.action.callerId).toBe('ASIAROLE')
    expect(load.action.credentials).toMatchObject({
      accessKeyId: 'ASIAROLE',
      sessionToken: 'token',
      arn: 'arn:aws:sts::111111111111:assumed-role/Dev/compare',
      account: '111111111111',
      issuedBy: 'AssumeRole',
      issuedAt: T0,
      expiresAt: Date.parse('2026-01-01T13:00:00Z'),
    })
    expect(load.notes).toEqual([])
  })

  it('says when those credentials have expired on the engine clock', async () => {
    const load = await workbenchLoad(demoWorld, fixtureTable, experiments.chained, Date.parse('2026-01-01T13:00:00Z'))
    expect(load.notes).toEqual(['The credentials that signed it expired at 2026-01-01T13:00:00Z: sending now shows how STS refuses expired credentials.'])
  })

  it('loads a request from a regional endpoint there', async () => {
    const regional = { ...experiments.gftMax, host: 'sts.eu-west-1.amazonaws.com', region: 'eu-west-1' }
    expect((await workbenchLoad(demoWorld, fixtureTable, regional, T0)).action.endpoint).toBe('eu-west-1')
  })

  it('replaces a right TokenCode gone stale by the device’s code now, and keeps a wrong one', async () => {
    const later = T0 + 95_000
    const right = await authenticatorCode(device.seedBase32, T0)
    const fresh = await workbenchLoad(demoWorld, fixtureTable, withMfa(right), later)
    const now = await authenticatorCode(device.seedBase32, later)
    expect(fresh.action.fields.TokenCode).toBe(now)
    expect(fresh.freshCode).toBe(now)
    const wrong = right === '000000' ? '111111' : '000000'
    const kept = await workbenchLoad(demoWorld, fixtureTable, withMfa(wrong), later)
    expect(kept.action.fields.TokenCode).toBe(wrong)
    expect(kept.freshCode).toBeUndefined()
  })
})
