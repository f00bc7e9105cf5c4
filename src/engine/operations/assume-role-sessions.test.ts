import { describe, expect, it } from 'vitest'
import { ALICE } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'

// Role chaining, session tags, source identity and the life of temporary credentials.
const DEV = 'arn:aws:iam::111111111111:role/Dev'
const BATCH = 'arn:aws:iam::111111111111:role/Batch'
const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'

async function devSession(parameters: Record<string, unknown> = {}) {
  const sts = stsTestClient()
  const r = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'dev', ...(parameters as object) })
  if (r.status !== 200) throw new Error(r.body)
  return { sts, creds: credentialsOf(r), reply: r }
}

describe('role chaining', () => {
  it('fact 33: a Dev session assumes Batch for 3600 s, and not for 3601 s', async () => {
    const { sts, creds } = await devSession()
    expect((await sts.call(creds, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'chain', DurationSeconds: 3600 })).status).toBe(200)
    const over = await sts.call(creds, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'chain', DurationSeconds: 3601 })
    expect([over.code, over.message]).toEqual(['ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'])
  })

  it('fact 34: over both limits, the role maximum is reported', async () => {
    const { sts, creds } = await devSession()
    const over = await sts.call(creds, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'again', DurationSeconds: 3601 })
    expect(over.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })
})

describe('session tags', () => {
  it('tags need sts:TagSession in the trust policy: ReadOnly does not allow it', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: READ_ONLY, RoleSessionName: 's1', Tags: [{ Key: 'project', Value: 'x' }] })
    expect([r.status, r.message]).toEqual([403, `User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:TagSession on resource: ${READ_ONLY}`])
  })

  it('tags are accepted where trust and identity allow sts:TagSession, and PackedPolicySize appears', async () => {
    const { reply } = await devSession({ Tags: [{ Key: 'project', Value: 'unicorn' }] })
    expect(Number(reply.text('PackedPolicySize'))).toBeGreaterThan(0)
  })

  it.each([
    ['fact 42', [{ Key: 'SessionTag1', Value: 'v' }], ['InvalidKey'], 'The specified transitive tag key must be included in the requested tags.'],
    ['fact 44', [{ Key: 'SessionTag1', Value: 'a' }, { Key: 'sessiontag1', Value: 'b' }], [], 'Duplicate tag keys found. Please note that Tag keys are case insensitive.'],
  ])('%s: InvalidParameterValue', async (_fact, Tags, TransitiveTagKeys, message) => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', Tags, TransitiveTagKeys })
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidParameterValue', message])
  })

  it('fact 43: the transitive key matches a tag case-insensitively', async () => {
    const r = await stsTestClient().call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 's1', Tags: [{ Key: 'SessionTag1', Value: 'v' }], TransitiveTagKeys: ['sessiontag1'] })
    expect(r.status).toBe(200)
  })

  it('fact 45: a chained call may not set a tag that the calling session made transitive', async () => {
    const { sts, creds } = await devSession({ Tags: [{ Key: 'SessionTag1', Value: 'v' }], TransitiveTagKeys: ['SessionTag1'] })
    const r = await sts.call(creds, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'chain', Tags: [{ Key: 'sessiontag1', Value: 'w' }] })
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidParameterValue', "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session."])
  })
})

/** Dev's identity policy allows sts:SetSourceIdentity (the demo world's does not). */
function devMaySetSourceIdentity(w: World) {
  w.roles.find((r) => r.name === 'Dev')?.policies.push({ name: 'SetSourceIdentity', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:SetSourceIdentity', Resource: '*' }] } })
}

/** Batch's trust policy allows sts:SetSourceIdentity too (the demo world's allows sts:AssumeRole and sts:TagSession only). */
function batchTrustsSourceIdentity(w: World) {
  const batch = w.roles.find((r) => r.name === 'Batch')
  if (batch) (batch.trustPolicy as { Statement: { Action: string[] }[] }).Statement[0]!.Action.push('sts:SetSourceIdentity')
}

describe('source identity', () => {
  it('is set once and returned', async () => {
    const { reply } = await devSession({ SourceIdentity: 'alice@example.com' })
    expect(reply.text('SourceIdentity')).toBe('alice@example.com')
  })

  // IAM User Guide, "Monitor and control actions taken with assumed roles" (Permissions required to
  // set source identity): in role chaining, sts:SetSourceIdentity is required in the permissions
  // policy of the session that assumes the role and in the trust policy of the role it assumes,
  // although the chained request passes no SourceIdentity: the value persists into the new session.
  // Seen in the field as AccessDenied for sts:SetSourceIdentity on such hops:
  // MaterializeInc/materialize#37427, cargo-lambda/cargo-lambda#724, noqdev/iambic#357.
  describe('role chaining with an inherited source identity needs sts:SetSourceIdentity in the session and the trust policy (IAM User Guide, "Monitor and control actions taken with assumed roles"; MaterializeInc/materialize#37427)', () => {
    const DENIED = `User: arn:aws:sts::111111111111:assumed-role/Dev/dev is not authorized to perform: sts:SetSourceIdentity on resource: ${BATCH}`
    it.each([
      { name: '(a) the session and Batch\'s trust allow it: 200, the same SourceIdentity', changes: [devMaySetSourceIdentity, batchTrustsSourceIdentity], status: 200, layer: undefined },
      { name: '(b) Batch\'s trust policy lacks it (cargo-lambda/cargo-lambda#724): AccessDenied', changes: [devMaySetSourceIdentity], status: 403, layer: 'resource' },
      { name: '(c) the Dev session\'s identity policy lacks it (noqdev/iambic#357): AccessDenied', changes: [batchTrustsSourceIdentity], status: 403, layer: 'identity' },
    ])('$name', async ({ changes, status, layer }) => {
      const sts = stsTestClient(worldChangedBy((w) => changes.forEach((change) => change(w))))
      const first = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'dev', SourceIdentity: 'alice@example.com' })
      expect(first.status, first.body).toBe(200)
      const r = await sts.call(credentialsOf(first), 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'chain' })
      const check = r.checks.find((c) => c.id === 'assume.authorize.sts:SetSourceIdentity')
      expect(check?.detail).toContain('the calling session carries alice@example.com')
      if (status === 200) {
        expect([r.status, r.text('SourceIdentity')]).toEqual([200, 'alice@example.com'])
        expect(check?.outcome).toBe('pass')
      } else {
        expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', DENIED])
        expect(r.decidedBy).toBe('assume.authorize.sts:SetSourceIdentity')
        expect(check?.denial?.layer).toBe(layer)
      }
    })

    it('a session without a source identity chains into Batch with no sts:SetSourceIdentity anywhere', async () => {
      const { sts, creds } = await devSession()
      const r = await sts.call(creds, 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'chain' })
      expect(r.status, r.body).toBe(200)
      expect(r.body).not.toContain('<SourceIdentity>')
      expect(r.checks.some((c) => c.id === 'assume.authorize.sts:SetSourceIdentity')).toBe(false)
    })

    it('each hop needs it again: Dev → Batch → Dev is refused where the Batch session may assume roles but not set a source identity', async () => {
      const batchMayAssume = (w: World) => w.roles.find((r) => r.name === 'Batch')?.policies.push({ name: 'Chain', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } })
      const sts = stsTestClient(worldChangedBy((w) => [devMaySetSourceIdentity, batchTrustsSourceIdentity, batchMayAssume].forEach((change) => change(w))))
      const dev = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'dev', SourceIdentity: 'alice' })
      const batch = await sts.call(credentialsOf(dev), 'AssumeRole', { RoleArn: BATCH, RoleSessionName: 'batch' })
      expect([batch.status, batch.text('SourceIdentity')]).toEqual([200, 'alice'])
      const back = await sts.call(credentialsOf(batch), 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'back' })
      expect([back.status, back.message, back.decidedBy]).toEqual([
        403,
        `User: arn:aws:sts::111111111111:assumed-role/Batch/batch is not authorized to perform: sts:SetSourceIdentity on resource: ${DEV}`,
        'assume.authorize.sts:SetSourceIdentity',
      ])
    })
  })

  // IAM User Guide, "Monitor and control actions taken with assumed roles" (Role chaining and
  // cross-account requirements): "If the user attempts to set a source identity that is different
  // from the value set when CriticalRole was assumed, the assume role request will be denied."
  // Here Dev's own policy allows sts:SetSourceIdentity and Dev's trust policy allows it too, so
  // only the change itself can refuse the chained call.
  describe('a chained AssumeRole that passes a SourceIdentity (Dev may set one, Dev trusts it)', () => {
    const world = worldChangedBy((w) => {
      const dev = w.roles.find((r) => r.name === 'Dev')
      dev?.policies.push({ name: 'SetSourceIdentity', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:SetSourceIdentity', Resource: '*' }] } })
    })

    async function chainedWith(SourceIdentity: string) {
      const sts = stsTestClient(world)
      const first = await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'dev', SourceIdentity: 'alice' })
      return sts.call(credentialsOf(first), 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'chain', SourceIdentity })
    }

    it('a different value is denied: AccessDenied for sts:SetSourceIdentity, decided by the source-identity check', async () => {
      const r = await chainedWith('mallory')
      expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', `User: arn:aws:sts::111111111111:assumed-role/Dev/dev is not authorized to perform: sts:SetSourceIdentity on resource: ${DEV}`])
      expect(r.decidedBy).toBe('assume.source-identity')
    })

    it('the value is compared as written: a change of case is a change (inferred; AWS compares strings case-sensitively unless told otherwise)', async () => {
      expect((await chainedWith('Alice')).code).toBe('AccessDenied')
    })

    it('the same value again is accepted and returned ("does not need to be explicitly set again")', async () => {
      const r = await chainedWith('alice')
      expect([r.status, r.text('SourceIdentity')]).toEqual([200, 'alice'])
    })
  })
})

describe('temporary credentials', () => {
  it('expire on the engine clock: ExpiredToken after Expiration', async () => {
    const { sts, creds } = await devSession({ DurationSeconds: 900 })
    sts.deps.advance(899_000)
    expect((await sts.call(creds, 'GetCallerIdentity')).status).toBe(200)
    sts.deps.advance(1_000)
    const r = await sts.call(creds, 'GetCallerIdentity')
    expect([r.status, r.code, r.message]).toEqual([403, 'ExpiredToken', 'The security token included in the request is expired'])
  })

  it('fact 40: without their session token they are InvalidClientTokenId', async () => {
    const { sts, creds } = await devSession()
    const bare = { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey }
    const r = await sts.call(bare, 'GetCallerIdentity')
    expect([r.status, r.code, r.message]).toEqual([403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'])
  })

  it('another session’s token, or an altered token, is InvalidClientTokenId', async () => {
    const { sts, creds } = await devSession()
    const other = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: DEV, RoleSessionName: 'other' }))
    expect((await sts.call({ ...creds, sessionToken: other.sessionToken ?? '' }, 'GetCallerIdentity')).code).toBe('InvalidClientTokenId')
    const token = creds.sessionToken ?? ''
    const altered = token.slice(0, 60) + (token[60] === 'A' ? 'B' : 'A') + token.slice(61)
    expect((await sts.call({ ...creds, sessionToken: altered }, 'GetCallerIdentity')).code).toBe('InvalidClientTokenId')
  })

  it('fact 41: the right token with a wrong secret is SignatureDoesNotMatch', async () => {
    const { sts, creds } = await devSession()
    expect((await sts.call({ ...creds, secretAccessKey: '0'.repeat(40) }, 'GetCallerIdentity')).code).toBe('SignatureDoesNotMatch')
  })

  it('fact 39: after the role is deleted and created again, old sessions are InvalidClientTokenId', async () => {
    const { sts, creds } = await devSession()
    const recreated = { ...demoWorld, roles: demoWorld.roles.map((role) => (role.name === 'Dev' ? { ...role, roleId: 'AROARTXV5AHDSNEWDEVRL' } : role)) }
    const after = stsTestClient(recreated, sts.engine.sessionKey)
    const r = await after.call(creds, 'GetCallerIdentity')
    expect([r.status, r.code]).toEqual([403, 'InvalidClientTokenId'])
  })

  it('stay valid in another engine that shares the session key (a reload of the app)', async () => {
    const { sts, creds } = await devSession()
    const again = stsTestClient(demoWorld, sts.engine.sessionKey)
    expect((await again.call(creds, 'GetCallerIdentity')).text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/Dev/dev')
  })
})
