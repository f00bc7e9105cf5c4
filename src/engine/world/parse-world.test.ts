import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountFromAccessKeyId } from '../identity/access-key-account.ts'
import demoWorldJson from './demo-world.json'
import { demoWorld } from './demo-world.ts'
import { parseWorld, parseWorldText } from './parse-world.ts'

const clone = (): Record<string, unknown> => structuredClone(demoWorldJson) as Record<string, unknown>

describe(parseWorld, () => {
  it('accepts the demo world', () => {
    expect(parseWorld(demoWorldJson).ok).toBe(true)
  })

  it.each([
    ['a wrong format marker', (w: Record<string, any>) => (w.format = 'something-else'), 'format'],
    ['a future version', (w: Record<string, any>) => (w.version = 2), 'version'],
    ['a short secret', (w: Record<string, any>) => (w.users[0].accessKeys[0].secretAccessKey = 'short'), 'users[0].accessKeys[0].secretAccessKey'],
    ['a temporary key as a long-term key', (w: Record<string, any>) => (w.users[1].accessKeys[0].accessKeyId = 'ASIARTXV5AHDT2GAJTRC'), 'users[1].accessKeys[0].accessKeyId'],
    ['a role MaxSessionDuration over 12 hours', (w: Record<string, any>) => (w.roles[0].maxSessionDuration = 43201), 'roles[0].maxSessionDuration'],
    ['a user in an account that does not exist', (w: Record<string, any>) => (w.users[0].account = '999999999999'), 'users[0].account'],
    ['two principals sharing a key', (w: Record<string, any>) => (w.users[1].accessKeys[0].accessKeyId = w.users[0].accessKeys[0].accessKeyId), 'users[1].accessKeys[0]'],
  ])('refuses %s and says where', (_label, spoil, path) => {
    const world = clone()
    spoil(world)
    const parsed = parseWorld(world)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(path)
  })

  it('reports bad JSON as a problem, not an exception', () => {
    const parsed = parseWorldText('{"format": ')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/^not valid JSON/)
  })

  it('never throws on any JSON value (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseWorld(value)), { numRuns: 300 })
  })
})

describe('the optional oauth2Providers and cognito sections', () => {
  const base = () => structuredClone(demoWorld) as unknown as Record<string, unknown>

  it('are optional: a world file without them (every world written before them) stays valid', () => {
    const world = base()
    delete world.oauth2Providers
    delete world.cognito
    expect(parseWorld(world).ok).toBe(true)
  })

  it('refuse an unsupported provider id, a duplicate provider, a short token key and a malformed pool id, with paths', () => {
    const world = base()
    world.oauth2Providers = [
      { providerId: 'accounts.google.com', appIds: [] },
      { providerId: 'www.amazon.com', appIds: ['a'], simulatedIdp: { tokenKey: 'short' } },
    ]
    world.cognito = { jwks: { keys: [] }, identityPools: [{ id: 'pool', account: '111111111111', name: 'p' }] }
    const parsed = parseWorld(world)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problems.map((p) => p.path)).toEqual(['oauth2Providers[0].providerId', 'oauth2Providers[1].simulatedIdp.tokenKey', 'cognito.identityPools[0].id'])
    }
    world.oauth2Providers = [
      { providerId: 'www.amazon.com', appIds: [] },
      { providerId: 'www.amazon.com', appIds: [] },
    ]
    world.cognito = { jwks: { keys: [] }, identityPools: [] }
    const twice = parseWorld(world)
    expect(!twice.ok && twice.problems).toEqual([{ path: 'oauth2Providers', message: 'each providerId may appear once' }])
  })
})

describe('the demo world', () => {
  it('keeps the names and keys of the demo world (src/engine/world/demo-world.json)', () => {
    expect(demoWorld.users.map((u) => `${u.path}${u.name}`)).toEqual(['/alice', '/division/bob', '/vendor-bot'])
    expect(demoWorld.roles.map((r) => `${r.account}:${r.path}${r.name}`)).toEqual([
      '111111111111:/Dev',
      '111111111111:/Batch',
      '111111111111:/Admin',
      '111111111111:/teams/analytics/ReadOnly',
      '111111111111:/VendorAudit',
      '111111111111:/SamlDeveloper',
      '111111111111:/WebAppUser',
      '222222222222:/CrossAccountDeploy',
      // Added with the OAuth 2.0 providers and Cognito (appended: the names above are fixed).
      '111111111111:/AmazonLoginUser',
      '111111111111:/FacebookLoginUser',
      '111111111111:/CognitoAuthenticated',
    ])
  })

  it('gives every key and unique id an account prefix that decodes to its own account, as real ids do', () => {
    const ids = [
      ...demoWorld.accounts.flatMap((a) => a.root.accessKeys.map((k) => [k.accessKeyId, a.id] as const)),
      ...demoWorld.users.flatMap((u) => [[u.userId, u.account] as const, ...u.accessKeys.map((k) => [k.accessKeyId, u.account] as const)]),
      ...demoWorld.roles.map((r) => [r.roleId, r.account] as const),
    ]
    expect(ids.length).toBe(19)
    for (const [id, account] of ids) expect([id, accountFromAccessKeyId(id)]).toEqual([id, account])
  })
})

describe(accountFromAccessKeyId, () => {
  it.each([
    ['ASIAY34FZKBOKMUTVV7A', '609629065308'],
    ['ASIAQNZGKIQY56JQ7WML', '029608264753'],
  ])('decodes %s to %s (fact 80, published worked examples)', (key, account) => {
    expect(accountFromAccessKeyId(key)).toBe(account)
  })
})
