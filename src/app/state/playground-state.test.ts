import { describe, expect, it } from 'vitest'
import { freshState, playgroundReducer, type PlaygroundState } from './playground-state.ts'
import type { WalletEntry } from './wallet.ts'

function walletEntry(accessKeyId: string, expiresAt: number): WalletEntry {
  return {
    accessKeyId,
    secretAccessKey: 'secret',
    sessionToken: 'token',
    expiration: new Date(expiresAt).toISOString(),
    arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s',
    account: '111111111111',
    issuedBy: 'AssumeRole',
    issuedAt: expiresAt - 3_600_000,
    expiresAt,
    exchangeId: '1',
  }
}

const T = Date.UTC(2026, 0, 1, 12)
const withWallet = (callerId: string): PlaygroundState => {
  const state = freshState('key')
  return { ...state, wallet: [walletEntry('ASIAOLD', T - 1), walletEntry('ASIANEW', T + 60_000)], draft: { ...state.draft, callerId } }
}

describe(playgroundReducer, () => {
  it('forgets one wallet entry and keeps the others and the selected caller', () => {
    const state = playgroundReducer(withWallet('ASIANEW'), { type: 'forget-credentials', accessKeyId: 'ASIAOLD' })
    expect(state.wallet.map((entry) => entry.accessKeyId)).toEqual(['ASIANEW'])
    expect(state.draft.callerId).toBe('ASIANEW')
  })

  it('forgets the expired entries only, at the engine clock’s instant', () => {
    const state = playgroundReducer(withWallet('ASIANEW'), { type: 'forget-expired', nowMs: T })
    expect(state.wallet.map((entry) => entry.accessKeyId)).toEqual(['ASIANEW'])
  })

  it('falls back to the default caller when the selected credentials are forgotten', () => {
    const state = playgroundReducer(withWallet('ASIAOLD'), { type: 'forget-expired', nowMs: T })
    expect(state.draft.callerId).toBe('AKIARTXV5AHDSAGTTNG7')
  })

  it('loads a request into the workbench: caller, operation, its fields only, endpoint, and the credentials that sign it', () => {
    const before = withWallet('ASIANEW')
    const withOther = { ...before, draft: { ...before.draft, fields: { GetCallerIdentity: {}, AssumeRole: { Policy: 'old', RoleArn: 'old' } } } }
    const chained = walletEntry('ASIACHAIN', T + 3_600_000)
    const state = playgroundReducer(withOther, {
      type: 'load-request',
      callerId: 'ASIACHAIN',
      operation: 'AssumeRole',
      fields: { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'chained' },
      endpoint: 'eu-west-1',
      credentials: { ...chained, exchangeId: '' },
    })
    expect(state.draft).toEqual({
      callerId: 'ASIACHAIN',
      operation: 'AssumeRole',
      fields: { GetCallerIdentity: {}, AssumeRole: { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'chained' } },
    })
    expect(state.endpoint).toBe('eu-west-1')
    expect(state.wallet.map((entry) => entry.accessKeyId)).toEqual(['ASIAOLD', 'ASIANEW', 'ASIACHAIN'])
    // Loading the same credentials again keeps one entry.
    const again = playgroundReducer(state, { type: 'load-request', callerId: 'ASIACHAIN', operation: 'AssumeRole', fields: {}, endpoint: 'global', credentials: chained })
    expect(again.wallet.map((entry) => entry.accessKeyId)).toEqual(['ASIAOLD', 'ASIANEW', 'ASIACHAIN'])
  })
})
