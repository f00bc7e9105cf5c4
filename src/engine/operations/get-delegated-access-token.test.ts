import { describe, expect, it } from 'vitest'
import { ALICE, BOB } from '../testing/sign-request.ts'
import { stsTestClient } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { parseWorld } from '../world/parse-world.ts'
import type { World } from '../world/world-schema.ts'
import { TRADE_IN_EXPIRED_MESSAGE } from './delegated-access/trade-in-token.ts'

// GetDelegatedAccessToken through the wire (STS API Reference, GetDelegatedAccessToken; IAM User
// Guide, "IAM temporary delegation for AWS Partners"). The playground does not simulate IAM
// delegation requests, so no trade-in token can be redeemed: every token gets the modeled
// ExpiredTradeInTokenException (400). The test world lets alice call the operation.
const REGIONAL = { host: 'sts.us-east-1.amazonaws.com', region: 'us-east-1' }

function delegationWorld(): World {
  const world = structuredClone(demoWorld) as unknown as { users: Record<string, unknown>[] }
  for (const user of world.users) {
    if (user.name === 'alice') (user.policies as unknown[]).push({ name: 'Delegated', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetDelegatedAccessToken', Resource: '*' }] } })
  }
  const parsed = parseWorld(world)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.world
}

describe('GetDelegatedAccessToken', () => {
  it('any trade-in token: 400 ExpiredTradeInTokenException, and the Why check says why', async () => {
    const sts = stsTestClient(delegationWorld())
    for (const token of ['not-a-token', 'eyJhbGciOiJub25lIn0.e30.', '']) {
      const r = await sts.call(ALICE, 'GetDelegatedAccessToken', { TradeInToken: token }, REGIONAL)
      expect([r.status, r.code, r.message]).toEqual([400, 'ExpiredTradeInTokenException', TRADE_IN_EXPIRED_MESSAGE])
      expect(r.body).toContain('<Type>Sender</Type>')
      expect(r.decidedBy).toBe('delegated-access.trade-in-token')
      expect(r.checks.find((c) => c.id === 'delegated-access.trade-in-token')?.detail).toContain('does not simulate delegation requests')
    }
  })

  it('the global endpoint serves it too (only AssumeRoot and GetWebIdentityToken are regional-only)', async () => {
    const r = await stsTestClient(delegationWorld()).call(ALICE, 'GetDelegatedAccessToken', { TradeInToken: 'x' })
    expect(r.code).toBe('ExpiredTradeInTokenException')
  })

  it('TradeInToken is required', async () => {
    const r = await stsTestClient(delegationWorld()).call(ALICE, 'GetDelegatedAccessToken', {}, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', "1 validation error detected: Value null at 'tradeInToken' failed to satisfy constraint: Member must not be null"])
  })

  it('a caller whose policies do not allow sts:GetDelegatedAccessToken is denied first', async () => {
    const r = await stsTestClient(delegationWorld()).call(BOB, 'GetDelegatedAccessToken', { TradeInToken: 'x' }, REGIONAL)
    expect([r.status, r.code, r.message]).toEqual([
      403,
      'AccessDenied',
      'User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:GetDelegatedAccessToken on resource: * because no identity-based policy allows the sts:GetDelegatedAccessToken action',
    ])
  })
})
