import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/index.ts'
import type { WalletEntry } from './wallet.ts'
import { anonymousCaller, callerGroups, callerKind, callerOptionLabel, findCaller, longTermCallers } from './callers.ts'

const entry: WalletEntry = {
  accessKeyId: 'ASIARTXV5AHDEXAMPLE1',
  secretAccessKey: 'secret',
  sessionToken: 'token',
  expiration: '2026-11-24T16:00:00Z',
  arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s1',
  account: '111111111111',
  issuedBy: 'AssumeRole',
  issuedAt: Date.parse('2026-11-24T15:00:00Z'),
  expiresAt: Date.parse('2026-11-24T16:00:00Z'),
  exchangeId: '1',
}

describe('callers', () => {
  it('lists the demo world long-term keys in account order, alice among them', () => {
    expect(longTermCallers(demoWorld).map((c) => c.arn)).toEqual([
      'arn:aws:iam::111111111111:root',
      'arn:aws:iam::111111111111:user/alice',
      'arn:aws:iam::111111111111:user/division/bob',
      'arn:aws:iam::222222222222:root',
      'arn:aws:iam::333333333333:user/vendor-bot',
    ])
  })

  it('adds the wallet, then anonymous, and finds each by id', () => {
    const groups = callerGroups(demoWorld, [entry])
    expect(groups.map((g) => g.label).slice(-2)).toEqual(['Issued in this browser', 'No credentials'])
    const session = findCaller(groups, entry.accessKeyId)
    expect(session?.kind === 'session' && session.credentials.sessionToken).toBe('token')
    expect(findCaller(groups, 'anonymous')?.kind).toBe('anonymous')
    expect(findCaller(groups, 'AKIARTXV5AHDSAGTTNG7')?.arn).toBe('arn:aws:iam::111111111111:user/alice')
  })

  it('labels wallet credentials with their expiry, and as expired once the clock passes it', () => {
    const session = findCaller(callerGroups(demoWorld, [entry]), entry.accessKeyId)
    if (!session) throw new Error('missing')
    expect(callerOptionLabel(session, entry.issuedAt)).toBe('arn:aws:sts::111111111111:assumed-role/Dev/s1 (ASIARTXV5AHDEXAMPLE1), until 2026-11-24 16:00 UTC')
    expect(callerOptionLabel(session, entry.expiresAt)).toBe('arn:aws:sts::111111111111:assumed-role/Dev/s1 (ASIARTXV5AHDEXAMPLE1), expired')
  })

  it('labels GetSessionToken credentials as a session of their user, not as the user’s long-term key', () => {
    const own: WalletEntry = { ...entry, arn: 'arn:aws:iam::111111111111:user/alice', issuedBy: 'GetSessionToken' }
    const session = findCaller(callerGroups(demoWorld, [own]), own.accessKeyId)
    if (!session) throw new Error('missing')
    expect(callerOptionLabel(session, own.issuedAt)).toBe('session of arn:aws:iam::111111111111:user/alice from GetSessionToken (ASIARTXV5AHDEXAMPLE1), until 2026-11-24 16:00 UTC')
  })

  it('names the kind of principal each caller signs as, as the engine does', () => {
    const [root, alice] = longTermCallers(demoWorld)
    const session = (issuedBy: string, arn: string) => findCaller(callerGroups(demoWorld, [{ ...entry, issuedBy, arn }]), entry.accessKeyId)
    expect(callerKind(demoWorld, root)).toBe('root')
    expect(callerKind(demoWorld, alice)).toBe('user')
    expect(callerKind(demoWorld, session('AssumeRole', entry.arn))).toBe('assumed-role')
    expect(callerKind(demoWorld, session('AssumeRoleWithSAML', entry.arn))).toBe('assumed-role')
    expect(callerKind(demoWorld, session('GetFederationToken', 'arn:aws:sts::111111111111:federated-user/bob'))).toBe('federated-user')
    expect(callerKind(demoWorld, session('GetSessionToken', 'arn:aws:iam::111111111111:user/alice'))).toBe('user')
    expect(callerKind(demoWorld, session('GetSessionToken', 'arn:aws:iam::111111111111:root'))).toBe('root')
    expect(callerKind(demoWorld, anonymousCaller)).toBeUndefined()
    expect(callerKind(demoWorld, undefined)).toBeUndefined()
  })
})
