import { describe, expect, it } from 'vitest'
import { ALICE, BOB, ROOT_WORKLOAD } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient } from '../testing/sts-test-client.ts'
import { aliceAlso } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'

const ALLOW = { Effect: 'Allow', Action: 'sts:GetAccessKeyInfo', Resource: '*' }
const allowed = () => stsTestClient(aliceAlso(ALLOW))

describe('GetAccessKeyInfo', () => {
  it('fact 80: ASIAY34FZKBOKMUTVV7A belongs to 609629065308, in AWS’s XML', async () => {
    const r = await stsTestClient().call(ROOT_WORKLOAD, 'GetAccessKeyInfo', { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' })
    expect(r.status).toBe(200)
    expect(r.body).toBe(
      [
        '<GetAccessKeyInfoResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
        '  <GetAccessKeyInfoResult>',
        '    <Account>609629065308</Account>',
        '  </GetAccessKeyInfoResult>',
        '  <ResponseMetadata>',
        `    <RequestId>${r.requestId}</RequestId>`,
        '  </ResponseMetadata>',
        '</GetAccessKeyInfoResponse>',
        '',
      ].join('\n'),
    )
  })

  it('needs sts:GetAccessKeyInfo: alice has no such Allow in the demo world', async () => {
    const r = await stsTestClient().call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' })
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:GetAccessKeyInfo'])
    const why = r.checks.find((c) => c.outcome === 'fail')
    expect(why?.id).toBe('access-key-info.authorize')
    expect(why?.detail).toContain('Denied because no identity-based policy allows the sts:GetAccessKeyInfo action.')
    expect(why?.detail).toContain('Unlike GetCallerIdentity')
  })

  it('works once a policy allows it, for any key: another account’s, a world key, one that does not exist', async () => {
    const sts = allowed()
    const account = async (id: string) => (await sts.call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: id })).text('Account')
    expect(await account('ASIAQNZGKIQY56JQ7WML')).toBe('029608264753')
    expect(await account(BOB.accessKeyId)).toBe('111111111111')
    expect(await account('AKIATHPL2AOHMAEKP6HK')).toBe('222222222222')
    expect(await account('AKIAU3HBXAVKRBBB5GKI')).toBe('333333333333')
    // The last characters carry no account: changing them changes nothing (Aidan Steele, "AWS Access Key ID formats").
    expect(await account('ASIAY34FZKBOKMUTAAAA')).toBe('609629065308')
  })

  it('answers a world key with its owner even if the id would decode otherwise', async () => {
    const world = structuredClone(demoWorld)
    const bob = world.users.find((u) => u.name === 'bob')
    if (bob?.accessKeys[0]) bob.accessKeys[0].accessKeyId = 'AKIAIOSFODNN7EXAMPL2'
    const r = await stsTestClient(world).call(ROOT_WORKLOAD, 'GetAccessKeyInfo', { AccessKeyId: 'AKIAIOSFODNN7EXAMPL2' })
    expect(r.text('Account')).toBe('111111111111')
  })

  it('decodes the session keys AssumeRole issues to the role’s account', async () => {
    const sts = allowed()
    const session = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::222222222222:role/CrossAccountDeploy', RoleSessionName: 'deploy' }))
    expect(session.accessKeyId).toMatch(/^ASIA/)
    const r = await sts.call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: session.accessKeyId })
    expect(r.text('Account')).toBe('222222222222')
    expect(r.checks.find((c) => c.id === 'access-key-info.account')?.detail).toContain('decoded from the id itself')
  })

  it('decodes an old-style key to whatever the formula gives, and says why it is meaningless', async () => {
    const r = await allowed().call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' })
    expect(r.text('Account')).toBe('581039954779')
    expect(r.checks.find((c) => c.id === 'access-key-info.account')?.detail).toContain('minted before about 2019')
  })

  it('fact 81: a 1-character id is a ValidationError before anything else', async () => {
    const r = await stsTestClient().call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: 'A' })
    expect([r.status, r.code, r.message]).toEqual([400, 'ValidationError', "1 validation error detected: Value 'A' at 'accessKeyId' failed to satisfy constraint: Member must have length greater than or equal to 16"])
  })

  it('an id the model accepts but no account can own is InvalidParameterValue (the playground’s choice)', async () => {
    const r = await allowed().call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: 'akia_lowercase_0189' })
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidParameterValue', 'The access key ID is not valid.'])
  })

  it('an explicit Deny wins over the Allow', async () => {
    const r = await stsTestClient(aliceAlso(ALLOW, { Effect: 'Deny', Action: 'sts:Get*', Resource: '*' })).call(ALICE, 'GetAccessKeyInfo', { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' })
    expect(r.code).toBe('AccessDenied')
    expect(r.checks.find((c) => c.outcome === 'fail')?.detail).toContain('Denied with an explicit deny in an identity-based policy.')
  })

  it('a role session needs the Allow in the role’s policies', async () => {
    const sts = allowed()
    const dev = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'dev' }))
    const r = await sts.call(dev, 'GetAccessKeyInfo', { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' })
    expect(r.message).toBe('User: arn:aws:sts::111111111111:assumed-role/Dev/dev is not authorized to perform: sts:GetAccessKeyInfo')
  })
})
